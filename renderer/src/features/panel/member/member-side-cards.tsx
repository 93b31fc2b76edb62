import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberEvent } from '@api/members';
import { OPENNESS_ITEM_COUNT, OPENNESS_MIN_ANSWERED } from '@model/openness';
import { MIN_SCORED_FOR_BANDS } from '@model/recruitment/bands';
import { useApi } from '@renderer/api/api-context';
import { CloseIcon } from '@renderer/components/icons';
import { useErrorText } from '@renderer/i18n/error-text';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useNotify } from '@renderer/shell/notices';
import { usePanelFormat } from '../panel-format';
import { TagChip } from '../tags/tag-chip';
import { PointsCard } from './points-card';

/** The cards beside the form: openness, tags, participation, points and the member's history. */
export function MemberSideCards({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  return (
    <aside className="side-column">
      <OpennessCard openness={member.openness} />
      <MemberTagsCard member={member} onChanged={onChanged} />
      <ParticipationCard responses={member.responses} contacts={member.contacts} />
      <PointsCard member={member} />
      <HistoryCard history={member.history} />
    </aside>
  );
}

function OpennessCard({ openness }: { openness: MemberDetail['openness'] }) {
  const { t } = useTranslation();
  const format = usePanelFormat();
  const labels = useMemberLabels();
  const { score, answered, band } = openness;
  return (
    <section className="card side-card openness-card" aria-labelledby="openness-title">
      <h2 className="card-title" id="openness-title">
        {t('panel.openness.title')}
      </h2>
      {score === null ? (
        <p className="openness-unscored">
          {answered === 0 ? t('panel.openness.notScreened') : t('panel.openness.notScored', { answered, items: OPENNESS_ITEM_COUNT, min: OPENNESS_MIN_ANSWERED })}
        </p>
      ) : (
        <dl className="openness-facts">
          <div>
            <dt>{t('panel.openness.score')}</dt>
            <dd className="openness-score">
              {format.score(score)}
              <span className="openness-scale"> / 5</span>
            </dd>
          </div>
          <div>
            <dt>{t('panel.openness.band')}</dt>
            <dd>{band ? <span className={`band band-${band}`}>{labels.value('opennessBand', band)}</span> : <span className="muted">{t('panel.openness.noBand', { min: MIN_SCORED_FOR_BANDS })}</span>}</dd>
          </div>
          <div>
            <dt>{t('panel.openness.answered')}</dt>
            <dd>{t('panel.openness.answeredOf', { answered, items: OPENNESS_ITEM_COUNT })}</dd>
          </div>
        </dl>
      )}
      <p className="card-caption">{t('panel.openness.caption')}</p>
    </section>
  );
}

function MemberTagsCard({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorText = useErrorText();
  const { tags, reloadTags } = useMemberVocabulary();
  const selectId = useId();
  const [busy, setBusy] = useState(false);
  const erased = member.erasedAt !== null;
  const has = new Set(member.tags.map((tag) => tag.id));

  const change = (method: 'tags.apply' | 'tags.remove', tag: number) => {
    setBusy(true);
    api
      .call(method, { tag, memberIds: [member.id] })
      .then(
        () => {
          reloadTags();
          onChanged();
        },
        (err: unknown) => notify('error', errorText(err)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="card side-card" aria-labelledby="member-tags-title">
      <h2 className="card-title" id="member-tags-title">
        {t('member.field.tags')}
      </h2>
      {member.tags.length === 0 ? (
        <p className="muted">{t('panel.member.noTags')}</p>
      ) : (
        <ul className="member-tag-list">
          {member.tags.map((tag) => (
            <li key={tag.id}>
              <TagChip tag={tag}>
                {!erased && (
                  <button type="button" className="chip-remove" disabled={busy} aria-label={t('panel.member.untag', { tag: tag.name })} onClick={() => change('tags.remove', tag.id)}>
                    <CloseIcon />
                  </button>
                )}
              </TagChip>
            </li>
          ))}
        </ul>
      )}
      {!erased && (
        <div className="member-tag-add">
          <label htmlFor={selectId} className="visually-hidden">
            {t('panel.member.addTag')}
          </label>
          <select id={selectId} className="select-small" value="" disabled={busy} onChange={(e) => e.target.value && change('tags.apply', Number(e.target.value))}>
            <option value="">{t('panel.member.addTag')}</option>
            {tags
              .filter((tag) => !has.has(tag.id))
              .map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
          </select>
        </div>
      )}
    </section>
  );
}

/** Responses given and invitations received (the contact history the frequency cap counts). */
function ParticipationCard({ responses, contacts }: Pick<MemberDetail, 'responses' | 'contacts'>) {
  const { t } = useTranslation();
  const format = usePanelFormat();
  return (
    <section className="card side-card" aria-labelledby="member-responses-title">
      <h2 className="card-title" id="member-responses-title">
        {t('panel.member.participation')}
      </h2>
      <dl className="fact-list">
        <dt>{t('panel.member.responsesTotal')}</dt>
        <dd>
          {format.count(responses.total)}
          {responses.total > 0 && <span className="muted"> · {t('panel.member.responsesComplete', { n: format.count(responses.complete) })}</span>}
        </dd>
        {responses.lastAt && (
          <>
            <dt>{t('panel.member.responsesLast')}</dt>
            <dd>{format.dateTime(responses.lastAt)}</dd>
          </>
        )}
        <dt>{t('panel.member.invitations')}</dt>
        <dd>{format.count(contacts.total)}</dd>
        {contacts.lastAt && (
          <>
            <dt>{t('panel.member.invitationLast')}</dt>
            <dd>{format.dateTime(contacts.lastAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Campaign steps by their history action (campaign.<step>). */
const stepKeys = {
  'campaign.invited': 'panel.history.invited',
  'campaign.screened': 'panel.history.screened',
  'campaign.qualified': 'panel.history.qualified',
  'campaign.disqualified': 'panel.history.disqualified',
  'campaign.waitlisted': 'panel.history.waitlisted',
  'campaign.active': 'panel.history.active',
} as const;

const isStep = (action: string): action is keyof typeof stepKeys => Object.hasOwn(stepKeys, action);

/** One event in words: an audit action by its name, a campaign step with its campaign (and why, when it was refused). */
function useEventText() {
  const { t, i18n } = useTranslation();
  return (event: MemberEvent): string => {
    if (!isStep(event.action)) return translateRuntimeKey(i18n, `panel.audit.${event.action.replaceAll('.', '_')}`) ?? event.action;
    const step = t(stepKeys[event.action], { campaign: event.campaign?.name ?? '—' });
    return event.campaignReason ? t('panel.history.because', { step, reason: t(`panel.history.reason.${event.campaignReason}`) }) : step;
  };
}

/** What happened to the member, newest first: consent and other audited changes, campaign steps, seed marking. */
function HistoryCard({ history }: { history: MemberDetail['history'] }) {
  const { t } = useTranslation();
  const format = usePanelFormat();
  const eventText = useEventText();
  return (
    <section className="card side-card" aria-labelledby="member-audit-title">
      <h2 className="card-title" id="member-audit-title">
        {t('panel.member.audit')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('panel.member.noAudit')}</p>
      ) : (
        <ol className="audit-list">
          {history.map((event, i) => (
            <li key={i}>
              <span className="audit-action">{eventText(event)}</span>
              <span className="audit-meta">{event.actor ? t('panel.member.auditBy', { actor: event.actor, at: format.dateTime(event.at) }) : format.dateTime(event.at)}</span>
              {event.reason && <span className="audit-reason">{event.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
