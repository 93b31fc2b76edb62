import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { EmptyState } from '@renderer/components/empty-state';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { FormError } from '@renderer/components/form-error';
import { PlusIcon } from '@renderer/components/icons';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';
import { useStatsFormat } from '../analysis-format';
import { SegmentEditor } from './segment-editor';
import { SegmentVocabulary, type Segment } from './segment-vocabulary';

/** The saved segments with their live sizes; tick some to see them side by side, open one to change it. */
export function SegmentsView() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const list = useAsync(() => api.call('segments.list', {}), [api]);
  const segments = list.data?.segments ?? [];
  const [editing, setEditing] = useState<Segment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [compared, setCompared] = useState<ReadonlySet<number>>(new Set());

  const toggle = (id: number) =>
    setCompared((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <SegmentVocabulary segments={segments} editing={editing && editing !== 'new' ? editing.id : null}>
      <section className="card an-segments">
        <div className="an-card-head">
          <h2 className="card-title">{t('analysis.tabs.segments')}</h2>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            <PlusIcon />
            {t('analysis.segments.new')}
          </button>
        </div>
        <FormError error={list.error} />
        {list.data && segments.length === 0 ? (
          <EmptyState title={t('analysis.segments.empty.title')}>{t('analysis.segments.empty.body')}</EmptyState>
        ) : (
          <SegmentTable segments={segments} busy={list.loading} compared={compared} onToggle={toggle} onEdit={setEditing} onDelete={setDeleting} />
        )}
      </section>
      <SegmentComparison segments={segments.filter((s) => compared.has(s.id))} />
      {editing && (
        <SegmentEditor
          segment={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notify('success', t('analysis.segments.editor.saved', { name: saved.name }));
            list.reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('analysis.segments.delete')}
          confirmLabel={t('analysis.segments.delete')}
          danger
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.call('segments.delete', { id: deleting.id });
            setDeleting(null);
            setCompared((ids) => new Set([...ids].filter((id) => id !== deleting.id)));
            notify('success', t('analysis.segments.deleted', { name: deleting.name }));
            list.reload();
          }}
        >
          {t('analysis.segments.deleteBody', { name: deleting.name })}
        </ConfirmDialog>
      )}
    </SegmentVocabulary>
  );
}

interface SegmentTableProps {
  segments: readonly Segment[];
  busy: boolean;
  compared: ReadonlySet<number>;
  onToggle(id: number): void;
  onEdit(segment: Segment): void;
  onDelete(segment: Segment): void;
}

function SegmentTable({ segments, busy, compared, onToggle, onEdit, onDelete }: SegmentTableProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const filterText = useFilterText();
  const columns: DataColumn<Segment>[] = [
    {
      id: 'compare',
      header: t('analysis.segments.compareTitle'),
      hideHeader: true,
      className: 'an-col-check',
      cell: (s) => <input type="checkbox" checked={compared.has(s.id)} onChange={() => onToggle(s.id)} aria-label={t('analysis.segments.compare', { name: s.name })} />,
    },
    {
      id: 'name',
      header: t('analysis.segments.name'),
      rowHeader: true,
      className: 'an-col-name',
      cell: (s) => (
        <>
          {s.name}
          {s.description && <span className="muted an-description">{s.description}</span>}
        </>
      ),
    },
    { id: 'size', header: t('analysis.segments.size'), numeric: true, className: 'an-col-number', cell: (s) => format.count(s.size) },
    { id: 'share', header: t('analysis.segments.share'), numeric: true, className: 'an-col-number', cell: (s) => format.percent(s.total > 0 ? (100 * s.size) / s.total : null) },
    { id: 'who', header: t('analysis.segments.who'), className: 'an-col-who', cell: (s) => filterText(s.filter) || t('analysis.segments.everyone') },
    {
      id: 'actions',
      header: t('analysis.segments.edit'),
      hideHeader: true,
      className: 'an-col-actions',
      cell: (s) => (
        <span className="an-row-actions">
          <button type="button" className="button button-small" onClick={() => onEdit(s)}>
            {t('analysis.segments.edit')}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => onDelete(s)}>
            {t('analysis.segments.delete')}
          </button>
        </span>
      ),
    },
  ];
  return <DataTable columns={columns} rows={segments} rowKey={(s) => s.id} caption={t('analysis.segments.caption')} busy={busy} className="an-segment-table" />;
}

/** The ticked segments as columns: how many members, what share of the panel, and who they are. */
function SegmentComparison({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const filterText = useFilterText();
  const measures = [
    { id: 'size', label: t('analysis.segments.size'), value: (s: Segment) => format.count(s.size) },
    { id: 'share', label: t('analysis.segments.share'), value: (s: Segment) => format.percent(s.total > 0 ? (100 * s.size) / s.total : null) },
    { id: 'who', label: t('analysis.segments.who'), value: (s: Segment) => filterText(s.filter) || t('analysis.segments.everyone') },
  ];
  type Measure = (typeof measures)[number];
  const columns: DataColumn<Measure>[] = [
    { id: 'measure', header: t('analysis.segments.measure'), rowHeader: true, cell: (m) => m.label },
    ...segments.map((s): DataColumn<Measure> => ({ id: `s${s.id}`, header: s.name, numeric: false, cell: (m) => m.value(s) })),
  ];
  return (
    <section className="card an-compare" aria-label={t('analysis.segments.compareTitle')}>
      <h2 className="card-title">{t('analysis.segments.compareTitle')}</h2>
      {segments.length < 2 ? (
        <p className="muted">{t('analysis.segments.compareHint')}</p>
      ) : (
        <DataTable columns={columns} rows={measures} rowKey={(m) => m.id} caption={t('analysis.segments.compareCaption')} scroll="sideways" />
      )}
    </section>
  );
}
