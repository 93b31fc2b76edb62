import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '@api/surveys';
import { comparabilityBreaks } from '@model/survey/comparability';
import type { SurveyDefinition } from '@model/survey/definition';
import type { LengthEstimate } from '@model/survey/estimate-length';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useNotify } from '@renderer/shell/notices';
import { BreakList } from '../break-list';
import { useIssueText, useQuestionLabel } from '../issue-text';
import { useSurveyFormat } from '../survey-format';
import { useDesignerActions } from './designer-context';
import type { IssuePlaces } from './issue-places';
import type { Autosave } from './use-autosave';

interface Props {
  detail: SurveyDetail;
  definition: SurveyDefinition;
  autosave: Autosave;
  places: IssuePlaces;
  estimate: LengthEstimate;
  onClose(): void;
  onPublished(): void;
}

type Step = { step: 'saving' } | { step: 'unsaved' } | { step: 'issues' } | { step: 'confirm' } | { step: 'refused'; error: ApiError } | { step: 'override'; error: ApiError };

/**
 * Publishing: the draft is saved first; rules it breaks are listed (each a link to its question);
 * then the version, its length and the comparability breaks against the last published version
 * are shown before Publish. A LIMIT refusal says which limit, by how much and the three costliest
 * questions; publishing anyway asks for a written reason, kept with the version.
 */
export function PublishDialog({ detail, definition, autosave, places, estimate, onClose, onPublished }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const f = useSurveyFormat();
  const [step, setStep] = useState<Step>({ step: 'saving' });
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const reasonId = useId();
  const breaks = useMemo(() => (detail.publishedDefinition ? comparabilityBreaks(detail.publishedDefinition, definition) : []), [detail.publishedDefinition, definition]);
  const version = detail.draft?.version ?? (detail.publishedVersion ?? 0) + 1;

  // The issues once the flush has waited for the check of the last edit, not those when the dialog opened.
  const placesRef = useRef(places);
  placesRef.current = places;
  useEffect(() => {
    let live = true;
    void autosave.flush().then((saved) => {
      if (!live) return;
      setStep(placesRef.current.count > 0 ? { step: 'issues' } : saved ? { step: 'confirm' } : { step: 'unsaved' });
    });
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  const publish = async (override: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const done = await api.call('surveys.publish', override === null ? { id: detail.id } : { id: detail.id, override: { reason: override } });
      notify('success', done.overrideReason ? t('surveys.publish.doneOverride', { version: done.version }) : t('surveys.publish.done', { version: done.version }));
      onPublished();
    } catch (err) {
      const failure = ApiError.from(err);
      if (failure.code === 'LIMIT' && override === null) setStep({ step: 'refused', error: failure });
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('surveys.publish.title', { version })} onClose={onClose} size="wide">
      <div className="dialog-body sv-publish">
        {step.step === 'saving' && (
          <p role="status">
            <span className="spinner" aria-hidden="true" /> {t('surveys.publish.saving')}
          </p>
        )}
        {step.step === 'unsaved' && <FormError error={autosave.error ?? new ApiError({ code: 'VALIDATION', message: t('surveys.publish.unsaved') })} />}
        {step.step === 'issues' && <IssuesToFix places={places} onJump={onClose} />}
        {step.step === 'confirm' && (
          <>
            <p className="dialog-intro">{t('surveys.publish.intro', { version })}</p>
            <p className={`sv-status sv-status-${estimate.status}`}>
              {t('surveys.publish.length', { items: f.items(estimate.items), minutes: f.minutes(estimate.minutes) })} · {t(`surveys.status.${estimate.status}`)}
            </p>
            <ComparabilityNote breaks={breaks} detail={detail} definition={definition} />
          </>
        )}
        {(step.step === 'refused' || step.step === 'override') && <LimitRefusal error={step.error} definition={definition} onJump={onClose} />}
        {step.step === 'refused' && <ComparabilityNote breaks={breaks} detail={detail} definition={definition} />}
        {step.step === 'override' && (
          <div className="field">
            <label htmlFor={reasonId}>{t('surveys.publish.reason')}</label>
            <textarea id={reasonId} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus />
            <p className="field-hint">{t('surveys.publish.reasonHint')}</p>
          </div>
        )}
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {step.step === 'confirm' && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void publish(null)} data-autofocus>
              {busy ? t('common.working') : t('surveys.publish.confirm', { version })}
            </button>
          )}
          {step.step === 'refused' && (
            <button type="button" className="button" onClick={() => setStep({ step: 'override', error: step.error })}>
              {t('surveys.publish.overrideStart')}
            </button>
          )}
          {step.step === 'override' && (
            <button type="button" className="button button-danger" disabled={busy || reason.trim() === ''} onClick={() => void publish(reason.trim())}>
              {busy ? t('common.working') : t('surveys.publish.overrideConfirm', { version })}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}

function ComparabilityNote({ breaks, detail, definition }: { breaks: ReturnType<typeof comparabilityBreaks>; detail: SurveyDetail; definition: SurveyDefinition }) {
  const { t } = useTranslation();
  if (detail.publishedVersion === null) return null;
  if (breaks.length === 0) return <p className="muted">{t('surveys.breaks.none', { version: detail.publishedVersion })}</p>;
  return (
    <div className="sv-breaks-box" role="group" aria-label={t('surveys.breaks.title')}>
      <p className="sv-breaks-title">{t('surveys.breaks.warning', { version: detail.publishedVersion })}</p>
      <BreakList breaks={breaks} earlier={detail.publishedDefinition} later={definition} />
    </div>
  );
}

function IssuesToFix({ places, onJump }: { places: IssuePlaces; onJump(): void }) {
  const { t } = useTranslation();
  const actions = useDesignerActions();
  const issueText = useIssueText(actions.labelOf);
  const label = actions.labelOf;
  const listed = [...places.byQuestion].flatMap(([id, list]) => list.map((p) => ({ id, text: issueText(p.issue) })));
  const other = [...places.byPage.values(), places.other].flat().map((p) => issueText(p.issue));
  return (
    <>
      <p className="form-error" role="alert">
        {t('surveys.publish.fixFirst', { n: places.count })}
      </p>
      <ul className="sv-issue-list">
        {listed.map((item, i) => (
          <li key={`${item.id}-${i}`}>
            <button
              type="button"
              className="sv-link"
              onClick={() => {
                onJump();
                actions.jumpTo(item.id);
              }}
            >
              {label(item.id)}
            </button>
            : {item.text}
          </li>
        ))}
        {other.map((text, i) => (
          <li key={`other-${i}`}>{text}</li>
        ))}
      </ul>
    </>
  );
}

/** The LIMIT refusal in the user's language, from the figures the core sent (which limit, the excess, the costliest questions). */
function LimitRefusal({ error, definition, onJump }: { error: ApiError; definition: SurveyDefinition; onJump(): void }) {
  const { t } = useTranslation();
  const f = useSurveyFormat();
  const actions = useDesignerActions();
  const label = useQuestionLabel(definition);
  const params = error.params ?? {};
  const kinds = (['items', 'minutes'] as const).filter((kind) => params[`${kind}Limit`] !== undefined);
  const amount = (kind: 'items' | 'minutes', n: number) => (kind === 'items' ? f.items(n) : f.minutes(n));
  return (
    <div className="sv-refusal" role="alert">
      <p className="sv-refusal-title">{t('surveys.publish.refusedTitle')}</p>
      {kinds.map((kind) => {
        const costliest = String(params[`${kind}Costliest`] ?? '')
          .split(', ')
          .filter(Boolean);
        return (
          <div key={kind} className="sv-refusal-limit">
            <p>
              {t(`surveys.publish.over.${kind}`, {
                limit: amount(kind, Number(params[`${kind}Limit`])),
                excess: amount(kind, Number(params[`${kind}Excess`])),
                value: amount(kind, Number(params[kind])),
              })}
            </p>
            {costliest.length > 0 && (
              <>
                <p className="muted">{t('surveys.publish.costliest')}</p>
                <ol className="sv-costliest">
                  {costliest.map((id) => (
                    <li key={id}>
                      <button
                        type="button"
                        className="sv-link"
                        onClick={() => {
                          onJump();
                          actions.jumpTo(id);
                        }}
                      >
                        {label(id)}
                      </button>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </div>
        );
      })}
      <p className="muted">{t('surveys.publish.refusedHint')}</p>
    </div>
  );
}
