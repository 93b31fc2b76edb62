import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importDelimiters, importEncodings, type FilePreview, type ImportDelimiter, type ImportEncoding } from '@api/csv-import';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
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

/** The file's name, size and columns, and how many of its rows were read. */
export function FileSummary({ preview }: { preview: FilePreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="card-caption">
      {t('importWizard.preview.summary', { name: preview.fileName, size: format.bytes(preview.sizeBytes), columns: format.count(preview.columns.length) })}{' '}
      {t(preview.complete ? 'importWizard.preview.rowsAll' : 'importWizard.preview.rowsSome', { n: format.count(preview.rowsRead), shown: format.count(preview.sample.length) })}
    </p>
  );
}

/** Errors and warnings, each with the rows it concerns. */
function ProblemList({ problems }: { problems: FilePreview['problems'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importText = useImportText();
  if (problems.length === 0) return <p className="problem-none">{t('importWizard.preview.noProblems')}</p>;
  return (
    <ul className="problem-list" aria-label={t('importWizard.preview.problems')}>
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <span className="problem-severity">{t(`importWizard.severity.${p.severity}`)}</span>
          <span className="problem-text">
            {importText(p)}
            {p.rows.length > 0 && <span className="problem-rows"> {t('importWizard.preview.rows', { rows: p.rows.map((r) => format.count(r)).join(', ') })}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * How a file reads: encoding, delimiter and header (each can be overridden), the problems found in
 * the rows read, and the first rows as read.
 */
export function FileReadout({ preview, overrides, onOverrides }: { preview: FilePreview; overrides: ReadOverrides; onOverrides(overrides: ReadOverrides): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = { encoding: useId(), delimiter: useId() };
  const sampleColumns = useSampleColumns(preview);
  const detected = (on: boolean) => (on ? ` ${t('importWizard.preview.detected')}` : '');
  return (
    <>
      <div className="read-settings">
        <div className="field">
          <label htmlFor={ids.encoding}>{t('importWizard.preview.encoding')}</label>
          <select id={ids.encoding} value={preview.encoding.used} onChange={(e) => onOverrides({ ...overrides, encoding: e.target.value as ImportEncoding })}>
            {importEncodings.map((enc) => (
              <option key={enc} value={enc}>
                {encodingLabels[enc]}
                {detected(enc === preview.encoding.detected)}
              </option>
            ))}
          </select>
          <p className="field-hint">
            {t(`importWizard.preview.confidence.${preview.encoding.confidence}`)}
            {preview.encoding.bom ? ` ${t('importWizard.preview.bom')}` : ''}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.delimiter}>{t('importWizard.preview.delimiter')}</label>
          <select id={ids.delimiter} value={preview.delimiter.used} onChange={(e) => onOverrides({ ...overrides, delimiter: e.target.value as ImportDelimiter })}>
            {importDelimiters.map((d) => (
              <option key={d} value={d}>
                {t(`importWizard.preview.delimiters.${delimiterKeys[d]}`)}
                {detected(d === preview.delimiter.detected)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field read-header">
          <input type="checkbox" checked={preview.hasHeader.used} onChange={(e) => onOverrides({ ...overrides, hasHeader: e.target.checked })} />
          <span>
            <span className="checkbox-label">{t('importWizard.preview.header')}</span>
            <span className="field-hint">{preview.hasHeader.detected ? t('importWizard.preview.headerFound') : t('importWizard.preview.headerNotFound')}</span>
          </span>
        </label>
      </div>
      <p className="field-hint preview-checked">{t('importWizard.preview.checked', { n: format.count(preview.rowsRead) })}</p>
      <ProblemList problems={preview.problems} />
      <DataTable caption={t('importWizard.preview.sample')} className="sample-table" scroll="box" columns={sampleColumns} rows={preview.sample} rowKey={(r) => r.row} />
    </>
  );
}

type SampleRow = FilePreview['sample'][number];

/** The row number, a column per header name, then the fields of rows that have more than the header names. */
function useSampleColumns(preview: FilePreview): DataColumn<SampleRow>[] {
  const { t } = useTranslation();
  const fields = Math.max(preview.columns.length, ...preview.sample.map((r) => r.values.length));
  return [
    { id: 'row', header: t('importWizard.preview.row'), numeric: true, className: 'muted', cell: (r) => r.row },
    ...Array.from({ length: fields }, (_, i): DataColumn<SampleRow> => {
      const name = preview.columns[i]?.name;
      return {
        id: `field-${i}`,
        header: name === undefined ? t('importWizard.preview.unnamed') : <span title={name}>{name}</span>,
        headerClassName: name === undefined ? 'sample-unnamed' : undefined,
        title: (r) => r.values[i],
        cell: (r) => r.values[i],
      };
    }),
  ];
}
