import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import type { ApiError } from '@renderer/api';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';

/** Control characters a cell may start with (the guard marks them), shown visibly in the preview. */
const visible = (cell: string) => cell.replace(/\t/g, '⇥').replace(/\r?\n/g, '↵');

/** The header and first rows as they will be written (export.preview). */
export function PreviewCard({ preview, loading, error }: { preview: MethodOutput<'export.preview'> | null; loading: boolean; error: ApiError | null }) {
  const { t } = useTranslation();
  return (
    <section className="card export-card export-preview" aria-labelledby="export-preview-title" aria-busy={loading}>
      <h2 className="card-title" id="export-preview-title">
        {t('export.preview.title')}
      </h2>
      <FormError error={error} />
      {!preview && loading && <p className="field-hint">{t('export.preview.loading')}</p>}
      {preview && (
        <div className="export-preview-scroll" tabIndex={0}>
          <DataTable
            className="export-preview-table"
            columns={preview.header.map(
              (h, i): DataColumn<readonly string[]> => ({ id: String(i), header: visible(h), cell: (row) => visible(row[i] ?? ''), title: (row) => row[i] }),
            )}
            rows={preview.rows}
            rowKey={(_, index) => index}
            caption={t('export.preview.title')}
          />
          {preview.rows.length === 0 && <p className="field-hint">{t('export.preview.empty')}</p>}
        </div>
      )}
    </section>
  );
}
