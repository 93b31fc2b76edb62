import { useTranslation } from 'react-i18next';
import type { SeedCandidatesResult } from '@api/recruitment';
import { useFormat } from '@renderer/i18n/format';
import { useMemberLabels } from '@renderer/members/member-labels';
import { CountryCell, MemberCell } from '../member-cells';
import { useRecruitmentFormat } from '../recruitment-format';
import { useShortlist } from './shortlist-context';
import { toggled } from '../toggled';

/**
 * Rank, member and the combined score with its parts (z-scores beside the raw openness score and
 * band, completed responses and days since the last one), so the user sees why each member ranks.
 */
export function ShortlistTable({ result }: { result: SeedCandidatesResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const labels = useMemberLabels();
  const { selected, setSelected } = useShortlist();
  const { candidates, windowDays } = result;
  // Quota fields other than country (which has its own column) get a column each.
  const segmentColumns = result.quotas.map((q) => q.field).filter((f) => f !== 'country');
  const allSelected = candidates.length > 0 && candidates.every((c) => selected.has(c.memberId));
  const toggle = (id: number, on: boolean) => setSelected(toggled(selected, id, on));

  return (
    <div className="rc-table-wrap">
      <table className="rc-table rc-shortlist-table">
        <caption className="visually-hidden">{t('recruitment.shortlist.resultsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="rc-col-check">
              <input
                type="checkbox"
                checked={allSelected}
                aria-label={t('recruitment.shortlist.selectAll')}
                onChange={(e) => setSelected(e.target.checked ? new Set(candidates.map((c) => c.memberId)) : new Set())}
              />
            </th>
            <th scope="col" className="rc-col-rank">
              {t('recruitment.shortlist.col.rank')}
            </th>
            <th scope="col">{t('recruitment.shortlist.col.member')}</th>
            <th scope="col" className="rc-col-country">
              {t('member.field.country')}
            </th>
            {segmentColumns.map((field) => (
              <th key={field} scope="col" className="rc-col-segment">
                {labels.field(field)}
              </th>
            ))}
            <th scope="col" className="rc-num rc-col-combined">
              {t('recruitment.shortlist.col.combined')}
            </th>
            <th scope="col" className="rc-num rc-col-openness">
              {t('recruitment.shortlist.col.openness')}
            </th>
            <th scope="col" className="rc-num rc-col-frequency">
              {t('recruitment.shortlist.col.frequency')}
            </th>
            <th scope="col" className="rc-num rc-col-recency">
              {t('recruitment.shortlist.col.recency')}
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.memberId} className={selected.has(c.memberId) ? 'rc-row-selected' : undefined}>
              <td className="rc-col-check">
                <input type="checkbox" checked={selected.has(c.memberId)} aria-label={t('recruitment.shortlist.selectMember', { code: c.code })} onChange={(e) => toggle(c.memberId, e.target.checked)} />
              </td>
              <td className="rc-col-rank">{format.count(c.rank)}</td>
              <MemberCell memberId={c.memberId} code={c.code} name={c.name} />
              <CountryCell code={c.country} />
              {segmentColumns.map((field) => (
                <td key={field} className="rc-col-segment">
                  {labels.scalar(field, c.segments[field] ?? null)}
                </td>
              ))}
              <td className="rc-num rc-combined">{rf.z(c.combined)}</td>
              <td className="rc-num">
                <span className="rc-main">
                  {rf.score(c.openness.score)}
                  {c.openness.band && <span className={`rc-band-tag rc-band-tag-${c.openness.band}`}>{t(`member.opennessBand.${c.openness.band}`)}</span>}
                </span>
                <span className="rc-z">z {rf.z(c.openness.z)}</span>
              </td>
              <td className="rc-num">
                <span className="rc-main">{format.count(c.frequency.completed)}</span>
                <span className="rc-z">z {rf.z(c.frequency.z)}</span>
              </td>
              <td className="rc-num">
                <span className="rc-main">{c.recency.days >= windowDays ? t('recruitment.shortlist.noneInWindow') : t('recruitment.shortlist.daysAgo', { days: rf.days(c.recency.days) })}</span>
                <span className="rc-z">z {rf.z(c.recency.z)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rc-note">{t('recruitment.shortlist.zLegend', { pool: format.count(result.stats.pool) })}</p>
    </div>
  );
}
