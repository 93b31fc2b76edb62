import { useTranslation } from 'react-i18next';
import type { FilePreview } from '@api/csv-import';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useFormat } from '@renderer/i18n/format';

type ColumnValues = FilePreview['columns'][number]['values'];

/** A column's most frequent values with their counts, in one line cut to fit (the whole line as tooltip). */
export function ValueSummary({ values, empty }: { values: ColumnValues; empty: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = values
    .slice(0, 6)
    .map((v) => `${v.value} (${format.count(v.count)})`)
    .join(' · ');
  return (
    <span className="value-summary" title={text}>
      {text || <span className="muted">{t('importWizard.mapping.allEmpty')}</span>}
      {empty > 0 && text && <span className="muted"> · {t('importWizard.mapping.empty', { n: format.count(empty) })}</span>}
    </span>
  );
}

const KEEP = '';
const MISSING = '\u0000missing';

/** Raw value → new value; null: missing. Values not listed are kept as they are. */
export type Recode = Record<string, string | null>;

/**
 * Recoding a column: each value found in the file can become another value (one of `choices` when
 * the target has a fixed list, else any text), or count as missing.
 */
export function RecodeEditor({ values, recode, choices, onChange }: { values: ColumnValues; recode: Recode; choices: readonly { value: string; label: string }[] | null; onChange(recode: Recode): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (raw: string, next: string) => {
    const changed = { ...recode };
    if (next === KEEP) delete changed[raw];
    else changed[raw] = next === MISSING ? null : next;
    onChange(changed);
  };
  const current = (raw: string) => (raw in recode ? (recode[raw] ?? MISSING) : KEEP);
  const columns: DataColumn<ColumnValues[number]>[] = [
    {
      id: 'inFile',
      header: t('importWizard.mapping.inFile'),
      rowHeader: true,
      cell: (v) => (
        <>
          <code>{v.value}</code> <span className="muted">({format.count(v.count)})</span>
        </>
      ),
    },
    {
      id: 'becomes',
      header: t('importWizard.mapping.becomes'),
      cell: (v) =>
        choices ? (
          <select className="select-small" value={current(v.value)} onChange={(e) => set(v.value, e.target.value)} aria-label={t('importWizard.mapping.becomesOf', { value: v.value })}>
            <option value={KEEP}>{t('importWizard.mapping.keep')}</option>
            <option value={MISSING}>{t('importWizard.mapping.missing')}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ) : (
          <span className="recode-free">
            <input
              className="select-small"
              value={current(v.value) === MISSING ? '' : current(v.value)}
              disabled={current(v.value) === MISSING}
              placeholder={t('importWizard.mapping.keep')}
              aria-label={t('importWizard.mapping.becomesOf', { value: v.value })}
              onChange={(e) => set(v.value, e.target.value)}
            />
            <label className="pick">
              <input type="checkbox" checked={current(v.value) === MISSING} onChange={(e) => set(v.value, e.target.checked ? MISSING : KEEP)} />
              {t('importWizard.mapping.missing')}
            </label>
          </span>
        ),
    },
  ];
  return (
    <div className="recode-editor">
      <p className="field-hint">{t('importWizard.mapping.recodeHint')}</p>
      <DataTable className="recode-table" columns={columns} rows={values} rowKey={(v) => v.value} />
    </div>
  );
}
