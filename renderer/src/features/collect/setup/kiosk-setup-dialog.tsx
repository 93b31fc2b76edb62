import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { ApiError } from '@renderer/api';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import type { CollectableVersion, Draft } from '../collect-page';
import { browserGuard, desktopGuard } from '../kiosk/kiosk-guard';
import { kioskSession, type Identification } from '../kiosk/kiosk-session';
import { MemberPicker } from './member-picker';
import { PinFields, pinProblem, type PinEntry } from './pin-fields';

export type SetupTarget = { kind: 'new'; version: CollectableVersion } | { kind: 'resume'; draft: Draft };

/** How respondents may be identified, as the survey's identification setting allows. */
type Choice = 'anonymous' | 'code' | 'member';
const choicesFor = {
  anonymous: ['anonymous'],
  member: ['code', 'member'],
  optional: ['anonymous', 'code', 'member'],
} as const satisfies Record<CollectableVersion['identification'], readonly Choice[]>;

/**
 * Before the survey takes the screen: the researcher chooses how respondents are identified and sets
 * the PIN that alone leaves kiosk mode. Start goes full screen at once (a browser allows that only
 * during the click) and hands the window to the kiosk.
 */
export function KioskSetupDialog({ target, onClose }: { target: SetupTarget; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const host = useAsync(() => api.call('app.info', {}), [api]).data?.host;
  const [entry, setEntry] = useState<PinEntry>({ pin: '', repeat: '' });
  const choices: readonly Choice[] = target.kind === 'new' ? choicesFor[target.version.identification] : [];
  const [choice, setChoice] = useState<Choice | undefined>(choices[0]);
  const [memberId, setMemberId] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const needsMember = choice === 'member' && memberId === null;

  const start = async () => {
    setChecked(true);
    if (!host || pinProblem(entry) || needsMember) return;
    setBusy(true);
    setError(null);
    try {
      // First thing in the click: a browser grants full screen only to the user's gesture.
      const held = await (host === 'electron' ? desktopGuard(api) : browserGuard()).engage(entry.pin);
      kioskSession.set({ ...sessionFor(target, choice, memberId), ended: null, guard: held });
      onClose();
    } catch (err) {
      const failed = ApiError.from(err);
      // The Fullscreen API refuses with a DOMException (no gesture, not allowed): say so in words.
      setError(err instanceof DOMException ? new ApiError({ code: 'FORBIDDEN', message: t('collect.setup.fullScreenRefused', { reason: err.message }) }) : failed);
    } finally {
      setBusy(false);
    }
  };

  const title = target.kind === 'new' ? target.version.title : target.draft.surveyTitle;
  return (
    <Dialog title={t(target.kind === 'new' ? 'collect.setup.title' : 'collect.setup.resumeTitle', { title })} onClose={onClose}>
      <form
        className="dialog-body collect-setup"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <p className="dialog-intro">{t(target.kind === 'new' ? 'collect.setup.intro' : 'collect.setup.resumeIntro')}</p>
        {target.kind === 'new' && (
          <>
            <p className="collect-setup-version">
              {t('collect.setup.version', {
                version: target.version.version,
                date: format.dateTime(target.version.publishedAt),
                language: t(`surveys.languages.${target.version.language}`),
              })}
            </p>
            <fieldset className="collect-choices">
              <legend>{t('collect.setup.identification')}</legend>
              {choices.length === 1 ? (
                <p className="muted">{t('collect.setup.anonymousOnly')}</p>
              ) : (
                choices.map((c) => (
                  <label key={c} className="collect-choice">
                    <input type="radio" name="kiosk-identification" checked={choice === c} onChange={() => setChoice(c)} />
                    {t(choiceLabel(c, target.version.identification))}
                  </label>
                ))
              )}
            </fieldset>
            {choice === 'member' && <MemberPicker memberId={memberId} onChoose={setMemberId} />}
            {checked && needsMember && (
              <p className="field-error" role="alert">
                {t('collect.setup.chooseMember')}
              </p>
            )}
          </>
        )}
        <PinFields entry={entry} onChange={setEntry} checked={checked} />
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !host}>
            {t(target.kind === 'new' ? 'collect.setup.start' : 'collect.setup.resume')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const choiceLabel = (c: Choice, setting: CollectableVersion['identification']) =>
  c === 'anonymous' ? 'collect.setup.anonymous' : c === 'member' ? 'collect.setup.pickMember' : setting === 'optional' ? 'collect.setup.byCodeOptional' : 'collect.setup.byCode';

/** The session's respondents: a resumed draft is its own one response; a chosen member answers once. */
function sessionFor(target: SetupTarget, choice: Choice | undefined, memberId: number | null) {
  if (target.kind === 'resume') {
    const { draft } = target;
    const identification: Identification = draft.memberId === null ? { kind: 'anonymous' } : { kind: 'member', memberId: draft.memberId };
    return { surveyVersionId: draft.surveyVersionId, identification, responseId: draft.responseId, single: true };
  }
  const { version } = target;
  const identification: Identification =
    choice === 'member' && memberId !== null ? { kind: 'member', memberId } : choice === 'code' ? { kind: 'code', required: version.identification === 'member' } : { kind: 'anonymous' };
  return { surveyVersionId: version.surveyVersionId, identification, responseId: null, single: identification.kind === 'member' };
}
