import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useFormat } from '@renderer/i18n/format';
import { FlagChips, StatusChip } from '../response-chips';
import { useResponseText } from '../response-text';
import { responseHref } from '../responses-route';

export type ResponseSummary = MethodOutput<'responses.list'>['rows'][number];

/** One page of a version's responses: who, when, how long, and what was flagged; the start time opens one. */
export function ResponsesTable({ versionId, rows, busy }: { versionId: string; rows: readonly ResponseSummary[]; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useResponseText();
  const columns: DataColumn<ResponseSummary>[] = [
    {
      id: 'when',
      header: t('responses.list.when'),
      rowHeader: true,
      className: 'responses-when',
      cell: (r) => (
        <>
          <a href={responseHref(versionId, r.responseId)} aria-label={t('responses.list.open', { date: format.dateTime(r.startedAt) })}>
            {text.shortDateTime(r.startedAt)}
          </a>
          <span className="muted responses-completed">{r.completedAt ? t('responses.list.completedAt', { date: text.completedAt(r.startedAt, r.completedAt) }) : t('responses.list.notCompleted')}</span>
        </>
      ),
    },
    { id: 'respondent', header: t('responses.list.respondent'), cell: (r) => r.memberCode ?? <span className="muted">{t('responses.list.anonymous')}</span> },
    { id: 'status', header: t('responses.list.status'), cell: (r) => <StatusChip response={r} /> },
    { id: 'time', header: t('responses.list.time'), numeric: true, className: 'responses-time', cell: (r) => (r.totalMs > 0 ? text.duration(r.totalMs) : '—') },
    { id: 'flags', header: t('responses.list.flags'), cell: (r) => <FlagChips flags={r.flags} /> },
    { id: 'device', header: t('responses.list.device'), className: 'responses-device', title: (r) => r.deviceId, cell: (r) => r.deviceId },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.responseId}
      caption={t('responses.list.caption')}
      busy={busy}
      className="responses-table"
      scroll="sideways"
      rowClassName={(r) => (r.status === 'void' ? 'responses-void' : undefined)}
    />
  );
}
