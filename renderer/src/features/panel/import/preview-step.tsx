import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importDelimiters, importEncodings, type ImportDelimiter, type ImportEncoding, type ImportPreview } from '@api/member-import';
import type { ApiError } from '@renderer/api';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useFormat } from '@renderer/i18n/format';
import { useImportText } from './import-text';

export interface ReadOverrides {
  encoding?: ImportEncoding;
  delimiter?: ImportDelimiter;
  hasHeader?: boolean;
}

const delimiterKeys = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;
const encodingLabels: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  'windows-1251': 'Windows-1251',
  'windows-1252': 'Windows-1252',
};

interface Props {
  preview: ImportPreview | null;
  loading: boolean;
  error: ApiError | null;
  overrides: ReadOverrides;
  onOverrides(overrides: ReadOverrides): void;
  onBack(): void;
  onNext(): void;
}

/** Step 2: how the file reads (encoding, delimiter, header, each overridable), its first rows, and the problems found. */
export function PreviewStep({ preview, loading, error, overrides, onOverrides, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = { encoding: useId(), delimiter: useId() };
  const importText = useImportText();
  const sampleColumns = useSampleColumns(preview);
  const detected = (on: boolean) => (on ? ` ${t('panel.import.preview.detected')}` : '');

  return (
    <section className="card wizard-card" aria-labelledby="import-preview-title" aria-busy={loading}>
      <h2 className="card-title" id="import-preview-title">
        {t('panel.import.preview.title')}
      </h2>
      {preview && (
        <p className="card-caption">
          {t('panel.import.preview.summary', {
            name: preview.fileName,
            size: format.bytes(preview.sizeBytes),
            columns: format.count(preview.columns.length),
          })}{' '}
          {t(preview.complete ? 'panel.import.preview.rowsAll' : 'panel.import.preview.rowsSome', { n: format.count(preview.rowsRead), shown: format.count(preview.sample.length) })}
        </p>
      )}
      <FormError error={error} />
      {preview && (
        <>
          <div className="read-settings">
            <div className="field">
              <label htmlFor={ids.encoding}>{t('panel.import.preview.encoding')}</label>
              <select id={ids.encoding} value={preview.encoding.used} onChange={(e) => onOverrides({ ...overrides, encoding: e.target.value as ImportEncoding })}>
                {importEncodings.map((enc) => (
                  <option key={enc} value={enc}>
                    {encodingLabels[enc]}
                    {detected(enc === preview.encoding.detected)}
                  </option>
                ))}
              </select>
              <p className="field-hint">
                {t(`panel.import.preview.confidence.${preview.encoding.confidence}`)}
                {preview.encoding.bom ? ` ${t('panel.import.preview.bom')}` : ''}
              </p>
            </div>
            <div className="field">
              <label htmlFor={ids.delimiter}>{t('panel.import.preview.delimiter')}</label>
              <select id={ids.delimiter} value={preview.delimiter.used} onChange={(e) => onOverrides({ ...overrides, delimiter: e.target.value as ImportDelimiter })}>
                {importDelimiters.map((d) => (
                  <option key={d} value={d}>
                    {t(`panel.import.preview.delimiters.${delimiterKeys[d]}`)}
                    {detected(d === preview.delimiter.detected)}
                  </option>
                ))}
              </select>
            </div>
            <label className="checkbox-field read-header">
              <input type="checkbox" checked={preview.hasHeader.used} onChange={(e) => onOverrides({ ...overrides, hasHeader: e.target.checked })} />
              <span>
                <span className="checkbox-label">{t('panel.import.preview.header')}</span>
                <span className="field-hint">{preview.hasHeader.detected ? t('panel.import.preview.headerFound') : t('panel.import.preview.headerNotFound')}</span>
              </span>
            </label>
          </div>

          <p className="field-hint preview-checked">{t('panel.import.preview.checked', { n: format.count(preview.rowsRead) })}</p>
          {preview.problems.length > 0 ? (
            <ul className="problem-list" aria-label={t('panel.import.preview.problems')}>
              {preview.problems.map((p, i) => (
                <li key={i} className={`problem problem-${p.severity}`}>
                  <span className="problem-severity">{t(`panel.import.severity.${p.severity}`)}</span>
                  <span className="problem-text">
                    {importText(p)}
                    {p.rows.length > 0 && <span className="problem-rows"> {t('panel.import.preview.rows', { rows: p.rows.map((r) => format.count(r)).join(', ') })}</span>}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="problem-none">{t('panel.import.preview.noProblems')}</p>
          )}

          <DataTable caption={t('panel.import.preview.sample')} className="sample-table" scroll="box" columns={sampleColumns} rows={preview.sample} rowKey={(r) => r.row} />
        </>
      )}
      <div className="wizard-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('panel.import.back')}
        </button>
        <button type="button" className="button button-primary" disabled={!preview?.canImport || loading} onClick={onNext}>
          {t('panel.import.next')}
        </button>
      </div>
      {preview && !preview.canImport && <p className="field-error wizard-blocked">{t('panel.import.preview.blocked')}</p>}
    </section>
  );
}

type SampleRow = ImportPreview['sample'][number];

/** The row number, a column per header name, then the fields of rows that have more than the header names. */
function useSampleColumns(preview: ImportPreview | null): DataColumn<SampleRow>[] {
  const { t } = useTranslation();
  if (!preview) return [];
  const fields = Math.max(preview.columns.length, ...preview.sample.map((r) => r.values.length));
  return [
    { id: 'row', header: t('panel.import.preview.row'), numeric: true, className: 'muted', cell: (r) => r.row },
    ...Array.from({ length: fields }, (_, i): DataColumn<SampleRow> => {
      const name = preview.columns[i]?.name;
      return {
        id: `field-${i}`,
        header: name === undefined ? t('panel.import.preview.unnamed') : <span title={name}>{name}</span>,
        headerClassName: name === undefined ? 'sample-unnamed' : undefined,
        title: (r) => r.values[i],
        cell: (r) => r.values[i],
      };
    }),
  ];
}
