import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import type { SeedCandidatesResult } from '@api/recruitment';
import { useFormat } from '@renderer/i18n/format';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { InviteDialog } from '../campaigns/invite-dialog';
import { useRecruitmentFormat } from '../recruitment-format';
import { MarkSeedDialog } from './mark-seed-dialog';
import { useMarkSeedText } from './mark-seed-text';
import { useShortlist } from './shortlist-context';
import { ShortlistTable } from './shortlist-table';

/** The ranked shortlist with why: weights used, who was left out and which quotas bound; then mark or invite. */
export function ShortlistResults({ result }: { result: SeedCandidatesResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const labels = useMemberLabels();
  const { reloadTags } = useMemberVocabulary();
  const { selected } = useShortlist();
  const markText = useMarkSeedText();
  const [dialog, setDialog] = useState<'mark' | 'invite' | null>(null);
  const [marked, setMarked] = useState<MethodOutput<'recruitment.markSeed'> | null>(null);
  const { stats, weights, quotas, candidates } = result;

  return (
    <section className="card rc-results" aria-labelledby="rc-results-title">
      <h2 id="rc-results-title" className="card-title">
        {t('recruitment.shortlist.resultsTitle')}
      </h2>
      <p className="rc-results-summary">{t('recruitment.shortlist.summary', { count: format.count(candidates.length), eligible: format.count(stats.eligible) })}</p>
      <dl className="rc-counts" aria-label={t('recruitment.shortlist.countsLabel')}>
        <div>
          <dt>{t('recruitment.shortlist.pool')}</dt>
          <dd>{format.count(stats.pool)}</dd>
        </div>
        <div>
          <dt>{t('recruitment.shortlist.notContactable')}</dt>
          <dd>{format.count(stats.notContactable)}</dd>
        </div>
        <div>
          <dt>{t('recruitment.shortlist.filteredOut')}</dt>
          <dd>{format.count(stats.filteredOut)}</dd>
        </div>
        <div>
          <dt>{t('recruitment.shortlist.eligible')}</dt>
          <dd>{format.count(stats.eligible)}</dd>
        </div>
        <div>
          <dt>{t('recruitment.shortlist.considered')}</dt>
          <dd>{format.count(stats.considered)}</dd>
        </div>
      </dl>
      <p className="rc-note">
        {t('recruitment.shortlist.weightsUsed', {
          openness: rf.share(weights.openness),
          frequency: rf.share(weights.frequency),
          recency: rf.share(weights.recency),
          days: format.count(result.windowDays),
        })}
      </p>
      {quotas.length > 0 && (
        <ul className="rc-quota-report" aria-label={t('recruitment.shortlist.quotaReport')}>
          {quotas.map((q) => (
            <li key={q.field} className={q.bound ? 'rc-quota-bound' : undefined}>
              <strong>{t('recruitment.shortlist.quotaRule', { max: format.count(q.max), field: labels.field(q.field) })}</strong>{' '}
              {q.bound ? t('recruitment.shortlist.quotaBound', { skipped: format.count(q.skipped) }) : t('recruitment.shortlist.quotaNotBound')}
              {q.fullSegments.length > 0 && (
                <span className="muted">
                  {' '}
                  {t('recruitment.shortlist.quotaFull', {
                    values: q.fullSegments.map((s) => labels.scalar(q.field, s.value)).join(t('filter.listSeparator')),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      <div className="rc-actions-bar">
        <span className="rc-selected-count" role="status">
          {t('recruitment.shortlist.selected', { selected: format.count(selected.size), total: format.count(candidates.length) })}
        </span>
        <button type="button" className="button button-primary" disabled={selected.size === 0} onClick={() => setDialog('mark')}>
          {t('recruitment.shortlist.markSeed')}
        </button>
        <button type="button" className="button" disabled={selected.size === 0} onClick={() => setDialog('invite')}>
          {t('recruitment.shortlist.invite')}
        </button>
      </div>
      {marked && (
        <p className="rc-result-line" role="status">
          {markText(marked)}
        </p>
      )}
      {candidates.length === 0 ? <p className="muted">{t('recruitment.shortlist.noCandidates')}</p> : <ShortlistTable result={result} />}

      {dialog === 'mark' && (
        <MarkSeedDialog
          memberIds={[...selected]}
          onClose={() => setDialog(null)}
          onMarked={(outcome) => {
            setMarked(outcome);
            setDialog(null);
            reloadTags();
          }}
        />
      )}
      {dialog === 'invite' && <InviteDialog memberIds={[...selected]} onClose={() => setDialog(null)} />}
    </section>
  );
}
