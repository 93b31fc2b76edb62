import { useTranslation } from 'react-i18next';
import type { SeedCandidatesResult } from '@api/recruitment';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useFormat } from '@renderer/i18n/format';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useMemberColumns } from '../member-cells';
import { useRecruitmentFormat } from '../recruitment-format';
import { selectionColumn } from '../selection-column';
import { useShortlist } from './shortlist-context';

type Candidate = SeedCandidatesResult['candidates'][number];

/**
 * Rank, member and the combined score with its parts (z-scores beside the raw openness score and
 * band, completed responses and days since the last one), so the user sees why each member ranks.
 */
export function ShortlistTable({ result }: { result: SeedCandidatesResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const labels = useMemberLabels();
  const memberColumns = useMemberColumns<Candidate>();
  const { selected, setSelected } = useShortlist();
  const { candidates, windowDays } = result;
  // Quota fields other than country (which has its own column) get a column each.
  const segmentColumns = result.quotas.map((q) => q.field).filter((f) => f !== 'country');

  const columns: DataColumn<Candidate>[] = [
    selectionColumn({
      rows: candidates,
      idOf: (c) => c.memberId,
      selected,
      onChange: setSelected,
      allLabel: t('recruitment.shortlist.selectAll'),
      rowLabel: (c) => t('recruitment.shortlist.selectMember', { code: c.code }),
    }),
    { id: 'rank', header: t('recruitment.shortlist.col.rank'), className: 'rc-col-rank', cell: (c) => format.count(c.rank) },
    ...memberColumns,
    ...segmentColumns.map<DataColumn<Candidate>>((field) => ({
      id: `segment:${field}`,
      header: labels.field(field),
      className: 'rc-col-segment',
      cell: (c) => labels.scalar(field, c.segments[field] ?? null),
    })),
    { id: 'combined', header: t('recruitment.shortlist.col.combined'), numeric: true, className: 'rc-combined', cell: (c) => rf.z(c.combined) },
    {
      id: 'openness',
      header: t('recruitment.shortlist.col.openness'),
      numeric: true,
      className: 'rc-col-openness',
      cell: (c) => (
        <>
          <span className="rc-main">
            {rf.score(c.openness.score)}
            {c.openness.band && <span className={`rc-band-tag rc-band-tag-${c.openness.band}`}>{t(`member.opennessBand.${c.openness.band}`)}</span>}
          </span>
          <span className="rc-z">z {rf.z(c.openness.z)}</span>
        </>
      ),
    },
    {
      id: 'frequency',
      header: t('recruitment.shortlist.col.frequency'),
      numeric: true,
      className: 'rc-col-frequency',
      cell: (c) => (
        <>
          <span className="rc-main">{format.count(c.frequency.completed)}</span>
          <span className="rc-z">z {rf.z(c.frequency.z)}</span>
        </>
      ),
    },
    {
      id: 'recency',
      header: t('recruitment.shortlist.col.recency'),
      numeric: true,
      className: 'rc-col-recency',
      cell: (c) => (
        <>
          <span className="rc-main">{c.recency.days >= windowDays ? t('recruitment.shortlist.noneInWindow') : t('recruitment.shortlist.daysAgo', { days: rf.days(c.recency.days) })}</span>
          <span className="rc-z">z {rf.z(c.recency.z)}</span>
        </>
      ),
    },
  ];

  return (
    <div>
      <DataTable
        caption={t('recruitment.shortlist.resultsTitle')}
        className="rc-shortlist-table"
        fixed
        columns={columns}
        rows={candidates}
        rowKey={(c) => c.memberId}
        selected={(c) => selected.has(c.memberId)}
      />
      <p className="rc-note">{t('recruitment.shortlist.zLegend', { pool: format.count(result.stats.pool) })}</p>
    </div>
  );
}
