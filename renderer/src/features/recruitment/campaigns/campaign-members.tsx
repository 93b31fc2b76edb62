import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@api/campaigns';
import type { MethodOutput } from '@api/index';
import { campaignMemberStatuses, canMoveMember, type CampaignMemberStatus } from '@model/recruitment/campaign-status';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useFormat } from '@renderer/i18n/format';
import { useRecruitmentFormat } from '../recruitment-format';
import { MemberStatusBadge } from './campaign-status';
import { usePagedList } from './use-paged-list';
import { useMemberColumns } from '../member-cells';
import { selectionColumn } from '../selection-column';

const PAGE = 100;
type Move = 'active' | 'disqualified' | 'screened';
const MOVES: readonly Move[] = ['active', 'disqualified', 'screened'];
type MoveResult = MethodOutput<'campaigns.setMemberStatus'>;
type Row = MethodOutput<'campaigns.members'>['rows'][number];

/** Member id → code and name, so the contact history can name the members this table has shown. */
export type MemberNames = ReadonlyMap<number, { code: string; name: string | null }>;

interface Props {
  campaign: Campaign;
  /** Changes when the campaign changed elsewhere (fill, invite): the list is read again. */
  version: number;
  /** After a status change here: the campaign's counts and fills changed. */
  onChanged(): void;
  onNames(names: MemberNames): void;
}

/** The campaign's members by status, a page at a time, with the moves a person may make by hand. */
export function CampaignMembers({ campaign, version, onChanged, onNames }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const memberColumns = useMemberColumns<Row>();
  const ids = { status: useId(), reason: useId() };
  const [status, setStatus] = useState<CampaignMemberStatus | null>(null);
  const fetchPage = useCallback(
    (cursor: string | null) => api.call('campaigns.members', { campaignId: campaign.id, status, cursor, limit: PAGE }),
    [api, campaign.id, status],
  );
  const { rows, more, loading, error, loadMore } = usePagedList(fetchPage, version);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [reason, setReason] = useState('');
  const [moved, setMoved] = useState<{ to: Move; result: MoveResult } | null>(null);

  // A new list (status, version) starts with nothing picked; the contact history learns the names.
  useEffect(() => setSelected(new Set()), [fetchPage, version]);
  useEffect(() => onNames(new Map(rows.map((r) => [r.memberId, { code: r.code, name: r.name }]))), [rows, onNames]);

  const open = campaign.status === 'running' || campaign.status === 'paused';
  const chosen = rows.filter((r) => selected.has(r.memberId));
  const move = useAction(async (to: Move) => {
    const result = await api.call('campaigns.setMemberStatus', { campaignId: campaign.id, memberIds: chosen.map((r) => r.memberId), status: to, reason: reason.trim() || null });
    setMoved({ to, result });
    setReason('');
    onChanged();
  });
  const quotaLabel = (quotaId: number) => campaign.quotas.find((q) => q.id === quotaId)?.label ?? `#${quotaId}`;
  const columns: DataColumn<Row>[] = [
    selectionColumn({
      rows,
      idOf: (r) => r.memberId,
      selected,
      onChange: setSelected,
      allLabel: t('recruitment.members.selectAll'),
      rowLabel: (r) => t('recruitment.shortlist.selectMember', { code: r.code }),
    }),
    ...memberColumns,
    {
      id: 'status',
      header: t('recruitment.members.col.status'),
      className: 'rc-col-status',
      cell: (r) => (
        <>
          <MemberStatusBadge status={r.status} />
          {r.reason && (
            <span className="rc-reason-text">
              {r.reason === 'quotaFull' && r.reasonQuotaId !== null ? t('recruitment.reason.quotaFullNamed', { quota: quotaLabel(r.reasonQuotaId) }) : t(`recruitment.reason.${r.reason}`)}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'openness',
      header: t('recruitment.shortlist.col.openness'),
      numeric: true,
      className: 'rc-col-openness',
      cell: (r) =>
        r.openness.score === null ? (
          <span className="muted">{t('recruitment.members.notScored')}</span>
        ) : (
          <span className="rc-main">
            {rf.score(r.openness.score)}
            {r.openness.band && <span className={`rc-band-tag rc-band-tag-${r.openness.band}`}>{t(`member.opennessBand.${r.openness.band}`)}</span>}
          </span>
        ),
    },
    { id: 'quotas', header: t('recruitment.members.col.quotas'), className: 'rc-quota-places', cell: (r) => (r.quotaIds.length ? r.quotaIds.map(quotaLabel).join(t('filter.listSeparator')) : '–') },
    { id: 'invited', header: t('recruitment.members.col.invited'), className: 'rc-date', cell: (r) => format.dateTime(r.invitedAt) },
  ];

  return (
    <section className="card" aria-labelledby="rc-members-title">
      <div className="rc-card-head">
        <div className="rc-card-head-text">
          <h2 id="rc-members-title" className="card-title">
            {t('recruitment.members.title')}
          </h2>
          <p className="card-caption">{t('recruitment.members.caption')}</p>
        </div>
        <div className="rc-inline-field">
          <label htmlFor={ids.status}>{t('recruitment.members.show')}</label>
          <select id={ids.status} value={status ?? ''} onChange={(e) => setStatus(e.target.value === '' ? null : (e.target.value as CampaignMemberStatus))}>
            <option value="">{t('recruitment.members.allStatuses')}</option>
            {campaignMemberStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`recruitment.memberStatus.${s}`)} ({format.count(campaign.counts[s])})
              </option>
            ))}
          </select>
        </div>
      </div>

      {open && (
        <div className="rc-actions-bar">
          <span className="rc-selected-count">{t('recruitment.members.selected', { count: format.count(chosen.length) })}</span>
          <input
            id={ids.reason}
            className="rc-reason"
            value={reason}
            maxLength={500}
            placeholder={t('recruitment.members.reason')}
            aria-label={t('recruitment.members.reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          {MOVES.map((to) => (
            <button
              key={to}
              type="button"
              className="button button-small"
              disabled={move.busy || !chosen.some((r) => canMoveMember(r.status, to))}
              onClick={() => void move.run(to)}
            >
              {t(`recruitment.members.move.${to}`)}
            </button>
          ))}
        </div>
      )}
      {moved && (
        <p className="rc-result-line" role="status">
          {t('recruitment.members.moved', { count: format.count(moved.result.changed), status: t(`recruitment.memberStatus.${moved.to}`) })}
          {moved.result.skipped.length > 0 &&
            ` ${t('recruitment.members.movedSkipped', {
              list: moved.result.skipped
                .map((s) => `${s.from === 'notInCampaign' ? t('recruitment.members.notInCampaign') : t(`recruitment.memberStatus.${s.from}`)} ${format.count(s.count)}`)
                .join(t('filter.listSeparator')),
            })}`}
        </p>
      )}
      <FormError error={error ?? move.error} />

      {rows.length === 0 && !loading ? (
        <p className="muted">{campaign.status === 'draft' ? t('recruitment.members.emptyDraft') : t('recruitment.members.empty')}</p>
      ) : (
        <DataTable caption={t('recruitment.members.title')} className="rc-members-table" fixed busy={loading} columns={columns} rows={rows} rowKey={(r) => r.memberId} selected={(r) => selected.has(r.memberId)} />
      )}
      {more && (
        <button type="button" className="button button-small rc-more" disabled={loading} onClick={loadMore}>
          {t('recruitment.members.more')}
        </button>
      )}
    </section>
  );
}
