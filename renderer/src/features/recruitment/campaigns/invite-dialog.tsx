import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftToFilter, emptyDraft, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { useShortlist } from '../shortlist/shortlist-context';

type InviteResult = MethodOutput<'campaigns.invite'>;
const CHANNELS = ['email', 'sms', 'in-app', 'phone'] as const;
type Channel = (typeof CHANNELS)[number];

export interface InviteDialogProps {
  /** The campaign to invite to; absent: the user picks a running one. */
  campaignId?: number;
  /** Members to invite (the shortlist's selection); absent: the shortlist's current selection is offered. */
  memberIds?: number[];
  onClose(): void;
  onInvited?(result: InviteResult): void;
}

/**
 * Invites the shortlist selection or a filter's members. A dry run comes first and shows who would
 * be skipped and why (consent, do-not-contact, frequency cap, already invited); then the user confirms.
 */
export function InviteDialog({ campaignId, memberIds, onClose, onInvited }: InviteDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { catalog } = useFilterVocabulary();
  const shortlist = useShortlist();
  const ids = { campaign: useId(), channel: useId() };
  const selection = memberIds ?? [...shortlist.selected];
  const running = useAsync(() => (campaignId === undefined ? api.call('campaigns.list', { status: 'running' }) : Promise.resolve(null)), [api, campaignId]);
  const [chosen, setChosen] = useState<number | null>(null);
  const target = campaignId ?? chosen ?? running.data?.campaigns[0]?.id ?? null;
  const [source, setSource] = useState<'selection' | 'filter'>(selection.length > 0 ? 'selection' : 'filter');
  const [draft, setDraft] = useState<FilterDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [channel, setChannel] = useState<Channel>('email');
  const [checked, setChecked] = useState<{ key: string; result: InviteResult } | null>(null);

  // The call's input for the current choices (null while the filter has problems). A dry run
  // answers for the input it was made with: any change asks for a new check.
  const plan = ((): { input: Omit<MethodInput<'campaigns.invite'>, 'dryRun'> | null; problems: ReadonlyMap<number, RowProblem> } => {
    if (target === null) return { input: null, problems: new Map() };
    if (source === 'selection') return { input: { campaignId: target, memberIds: selection, channel, onBlocked: 'skip' }, problems: new Map() };
    const { filter, problems } = draftToFilter(draft, catalog);
    return { input: problems.size > 0 ? null : { campaignId: target, filter: filter ?? { and: [] }, channel, onBlocked: 'skip' }, problems };
  })();
  const key = JSON.stringify(plan.input);
  const outcome = checked?.key === key ? checked.result : null;

  const dryRun = useAction(async () => {
    setTried(true);
    if (!plan.input) return;
    setChecked({ key, result: await api.call('campaigns.invite', { ...plan.input, dryRun: true }) });
  });
  const invite = useAction(async () => {
    if (!plan.input) return;
    const result = await api.call('campaigns.invite', { ...plan.input, dryRun: false });
    onInvited?.(result);
    onClose();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome) void invite.run();
    else void dryRun.run();
  };
  const noCampaign = campaignId === undefined && running.data !== null && running.data.campaigns.length === 0;

  return (
    <Dialog title={t('recruitment.invite.title')} onClose={onClose} size="wide">
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('recruitment.invite.intro')}</p>
        {campaignId === undefined && (
          <div className="field">
            <label htmlFor={ids.campaign}>{t('recruitment.invite.campaign')}</label>
            {noCampaign ? (
              <p className="muted">{t('recruitment.invite.noRunning')}</p>
            ) : (
              <select id={ids.campaign} value={target ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                {running.data?.campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        <fieldset className="rc-radio-group">
          <legend className="rc-legend">{t('recruitment.invite.who')}</legend>
          <label className="checkbox-field">
            <input type="radio" name="invite-source" checked={source === 'selection'} disabled={selection.length === 0} onChange={() => setSource('selection')} />
            <span>{selection.length > 0 ? t('recruitment.invite.fromSelection', { count: format.count(selection.length) }) : t('recruitment.invite.noSelection')}</span>
          </label>
          <label className="checkbox-field">
            <input type="radio" name="invite-source" checked={source === 'filter'} onChange={() => setSource('filter')} />
            <span>{t('recruitment.invite.fromFilter')}</span>
          </label>
        </fieldset>
        {source === 'filter' && (
          <>
            <FilterBuilder draft={draft} onChange={setDraft} label={t('recruitment.invite.fromFilter')} problems={tried ? plan.problems : undefined} firstField="country" />
            {draft.rows.length === 0 && <p className="field-hint">{t('recruitment.invite.everyone')}</p>}
          </>
        )}
        <div className="field rc-field-narrow">
          <label htmlFor={ids.channel}>{t('recruitment.invite.channel')}</label>
          <select id={ids.channel} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`recruitment.invite.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>

        {outcome && (
          <div className="rc-dry-run" role="status" aria-label={t('recruitment.invite.checkTitle')}>
            <p>
              <strong>{t('recruitment.invite.wouldInvite', { count: format.count(outcome.invited) })}</strong>
            </p>
            {outcome.skipped.length > 0 ? (
              <ul className="rc-skips">
                {outcome.skipped.map((s) => (
                  <li key={s.reason}>
                    <span>{t(`recruitment.invite.reason.${s.reason}`, { max: outcome.frequencyCap.maxContacts, days: outcome.frequencyCap.days })}</span>
                    <strong>{format.count(s.count)}</strong>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('recruitment.invite.noneSkipped')}</p>
            )}
          </div>
        )}

        <FormError error={dryRun.error ?? invite.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {outcome ? (
            <button type="submit" className="button button-primary" disabled={invite.busy || outcome.invited === 0}>
              {invite.busy ? t('common.working') : t('recruitment.invite.confirm', { count: format.count(outcome.invited) })}
            </button>
          ) : (
            <button type="submit" className="button button-primary" disabled={dryRun.busy || target === null}>
              {dryRun.busy ? t('common.working') : t('recruitment.invite.check')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
