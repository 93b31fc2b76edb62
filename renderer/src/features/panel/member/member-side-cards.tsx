import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@api/members';
import { OPENNESS_ITEM_COUNT, OPENNESS_MIN_ANSWERED } from '@model/openness';
import { MIN_SCORED_FOR_BANDS } from '@model/recruitment/bands';
import { useApi } from '@renderer/api/api-context';
import { CloseIcon } from '@renderer/components/icons';
import { useErrorText } from '@renderer/i18n/error-text';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';
import { useNotify } from '@renderer/shell/notices';
import { usePanelData } from '../panel-data';
import { usePanelFormat } from '../panel-format';
import { useMemberLabels } from '../panel-labels';
import { TagChip } from '../tags/tag-chip';

/** The cards beside the form: openness, tags, responses and the audit trail. */
export function MemberSideCards({ member, onChanged }: { member: MemberDetail; onChanged: () => void }) {
  return (
    <aside className="member-side">
      <OpennessCard openness={member.openness} />
      <MemberTagsCard member={member} onChanged={onChanged} />
      <ParticipationCard responses={member.responses} contacts={member.contacts} />
      <AuditCard audit={member.audit} />
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
  const { tags, reloadTags } = usePanelData();
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
        {t('panel.field.tags')}
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

function AuditCard({ audit }: { audit: MemberDetail['audit'] }) {
  const { t, i18n } = useTranslation();
  const format = usePanelFormat();
  return (
    <section className="card side-card" aria-labelledby="member-audit-title">
      <h2 className="card-title" id="member-audit-title">
        {t('panel.member.audit')}
      </h2>
      {audit.length === 0 ? (
        <p className="muted">{t('panel.member.noAudit')}</p>
      ) : (
        <ol className="audit-list">
          {audit.map((entry, i) => (
            <li key={i}>
              <span className="audit-action">{translateRuntimeKey(i18n, `panel.audit.${entry.action.replaceAll('.', '_')}`) ?? entry.action}</span>
              <span className="audit-meta">{t('panel.member.auditBy', { actor: entry.actor, at: format.dateTime(entry.at) })}</span>
              {entry.reason && <span className="audit-reason">{entry.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
