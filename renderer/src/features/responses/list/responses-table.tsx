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
      id: 'started',
      header: t('responses.list.started'),
      rowHeader: true,
      className: 'responses-when',
      cell: (r) => (
        <a href={responseHref(versionId, r.responseId)} aria-label={t('responses.list.open', { date: format.dateTime(r.startedAt) })}>
          {format.dateTime(r.startedAt)}
        </a>
      ),
    },
    { id: 'respondent', header: t('responses.list.respondent'), cell: (r) => r.memberCode ?? <span className="muted">{t('responses.list.anonymous')}</span> },
    { id: 'status', header: t('responses.list.status'), cell: (r) => <StatusChip response={r} /> },
    { id: 'device', header: t('responses.list.device'), className: 'responses-device', title: (r) => r.deviceId, cell: (r) => r.deviceId },
    { id: 'completed', header: t('responses.list.completed'), className: 'responses-when', cell: (r) => (r.completedAt ? format.dateTime(r.completedAt) : '—') },
    { id: 'time', header: t('responses.list.time'), numeric: true, cell: (r) => (r.totalMs > 0 ? text.duration(r.totalMs) : '—') },
    { id: 'answered', header: t('responses.list.answered'), numeric: true, cell: (r) => format.count(r.answered) },
    { id: 'flags', header: t('responses.list.flags'), cell: (r) => <FlagChips flags={r.flags} /> },
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
