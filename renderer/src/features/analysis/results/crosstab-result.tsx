import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useStatsFormat } from '../analysis-format';
import { VersionNotes } from './version-notes';

type Crosstab = MethodOutput<'analysis.crosstab'>;
type Counts = Extract<Crosstab, { measure: 'counts' }>;
type Means = Extract<Crosstab, { measure: 'means' }>;
type Column = Counts['columns'][number];

/**
 * Counts and column percentages with the significance letters in each cell, the bases under the
 * table, and what the tests found or why they were not run.
 */
export function CountsResult({ result, columnLabel }: { result: Counts; columnLabel(column: Column): string }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const rowIndexes = result.rows.map((_, i) => i);
  const columns: DataColumn<number>[] = [
    { id: 'answer', header: t('analysis.results.crosstab.answer'), rowHeader: true, cell: (r) => result.rows[r]!.label, footer: t('analysis.results.crosstab.base') },
    ...result.columns.map(
      (c, j): DataColumn<number> => ({
        id: `c${j}`,
        header: (
          <>
            {columnLabel(c)} <span className="an-letter">({c.letter})</span>
          </>
        ),
        numeric: true,
        cell: (r) => (
          <>
            {t('analysis.results.crosstab.countAndPercent', { count: format.count(result.counts[r]![j]!), percent: format.percent(result.columnPercents[r]![j]!) })}
            {result.letters[r]![j] && <span className="an-letters"> {result.letters[r]![j]}</span>}
          </>
        ),
        footer: format.count(c.base),
      }),
    ),
  ];
  const untested = result.columns.filter((c) => !c.tested).map((c) => `${columnLabel(c)} (${c.letter})`);
  const chi = result.chiSquare;
  return (
    <div className="an-crosstab-result">
      <VersionNotes versions={result.versions} />
      <DataTable columns={columns} rows={rowIndexes} rowKey={(r) => result.rows[r]!.code} caption={t('analysis.results.crosstab.title')} scroll="sideways" className="an-crosstab-table" />
      <div className="an-tests">
        <p>{t('analysis.results.crosstab.lettersNote')}</p>
        {result.bonferroni && <p>{t('analysis.results.crosstab.lettersBonferroni')}</p>}
        {untested.length > 0 && (
          <p className="an-warning" role="note">
            {t('analysis.results.crosstab.notTested', { min: result.minimumBase, columns: untested.join(', ') })}
          </p>
        )}
        {chi ? (
          <p>{t('analysis.results.crosstab.chiSquare', { statistic: format.statistic(chi.statistic), df: chi.df, p: format.p(chi.p) })}</p>
        ) : (
          result.chiSquareSkipped && (
            <p className="an-warning" role="note">
              {t(`analysis.results.crosstab.skipped.${result.chiSquareSkipped}`, { count: result.overlappingRespondents })}
            </p>
          )
        )}
        {chi?.smallExpected.warning && (
          <p className="an-warning" role="note">
            {t('analysis.results.crosstab.smallExpected', { minimum: format.decimal(chi.smallExpected.minimum), belowFive: chi.smallExpected.belowFive, cells: chi.smallExpected.cells })}
          </p>
        )}
        {result.fisher && <p>{t('analysis.results.crosstab.fisher', { p: format.p(result.fisher.p) })}</p>}
      </div>
    </div>
  );
}

/** n, mean and sd per column, with one-way ANOVA and, for two columns, Welch's t-test. */
export function MeansResult({ result }: { result: Means }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  type Row = Means['means'][number] & { label: string; letter: string };
  const rows: Row[] = result.means.map((m, i) => ({ ...m, label: result.columns[i]!.label, letter: result.columns[i]!.letter }));
  const columns: DataColumn<Row>[] = [
    { id: 'column', header: t('analysis.results.crosstab.meansColumn'), rowHeader: true, cell: (m) => `${m.label} (${m.letter})` },
    { id: 'n', header: t('analysis.results.summary.n'), numeric: true, cell: (m) => format.count(m.n) },
    { id: 'mean', header: t('analysis.results.summary.mean'), numeric: true, cell: (m) => format.decimal(m.mean) },
    { id: 'sd', header: t('analysis.results.summary.sd'), numeric: true, cell: (m) => format.decimal(m.sd) },
  ];
  const skipped = (reason: NonNullable<Means['anovaSkipped']>) => t(`analysis.results.crosstab.meansSkipped.${reason}`, { count: result.overlappingRespondents });
  return (
    <div className="an-crosstab-result">
      <VersionNotes versions={result.versions} />
      <DataTable columns={columns} rows={rows} rowKey={(m) => m.column} caption={t('analysis.results.crosstab.title')} className="an-means-table" />
      <div className="an-tests">
        {result.anova ? (
          <p>{t('analysis.results.crosstab.anova', { f: format.statistic(result.anova.f), df1: result.anova.df1, df2: result.anova.df2, p: format.p(result.anova.p) })}</p>
        ) : (
          result.anovaSkipped && <p className="an-warning" role="note">{skipped(result.anovaSkipped)}</p>
        )}
        {result.welch ? (
          <p>{t('analysis.results.crosstab.welch', { t: format.statistic(result.welch.t), df: format.statistic(result.welch.df), p: format.p(result.welch.p) })}</p>
        ) : (
          result.welchSkipped && result.welchSkipped !== result.anovaSkipped && <p className="muted">{skipped(result.welchSkipped)}</p>
        )}
      </div>
    </div>
  );
}
