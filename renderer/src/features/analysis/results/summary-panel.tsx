import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import type { Question } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useStatsFormat } from '../analysis-format';
import type { AnalysisFilter } from './results-view';
import { DistributionTable } from './distribution-table';
import { SummaryChart } from './summary-chart';
import { SummaryExportButton } from './summary-export-button';
import { VersionNotes } from './version-notes';

type Summary = MethodOutput<'analysis.summary'>;
type OptionRow = Summary['options'][number];

/** A question's results by its type: the options' counts and shares, its statistics, NPS, a matrix row by row, or the words of its answers. */
export function SummaryPanel({ versionId, question, filter }: { versionId: string; question: Question; filter: AnalysisFilter }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useStatsFormat();
  const key = JSON.stringify(filter);
  const summary = useAsync(() => api.call('analysis.summary', { surveyVersionId: versionId, questionId: question.id, filter }), [api, versionId, question.id, key]);
  const s = summary.data;
  return (
    <section className="card an-summary" aria-busy={summary.loading || undefined}>
      <h2 className="card-title">{t('analysis.results.summary.title')}</h2>
      <FormError error={summary.error} />
      {s && (
        <>
          <p className="muted">{t('analysis.results.summary.responses', { responses: format.count(s.responses), base: format.count(s.base) })}</p>
          <VersionNotes versions={s.versions} />
          <div className="an-summary-tables">
            {s.options.length > 0 && <OptionsTable options={s.options} />}
            {s.distribution && s.distribution.bins.length > 0 && <DistributionTable distribution={s.distribution} base={s.base} />}
            <StatisticsTable summary={s} />
          </div>
          {s.matrixRows && <MatrixTable rows={s.matrixRows} />}
          {s.words && <WordsTable words={s.words.words} />}
          <SummaryChart summary={s} />
          <SummaryExportButton request={{ surveyVersionId: versionId, questionId: question.id, filter }} />
        </>
      )}
    </section>
  );
}

function OptionsTable({ options }: { options: readonly OptionRow[] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const columns: DataColumn<OptionRow>[] = [
    {
      id: 'answer',
      header: t('analysis.results.summary.answer'),
      rowHeader: true,
      cell: (o) => (
        <>
          {o.label}
          {!o.substantive && <span className="muted an-note-inline">{t('analysis.results.summary.notCounted')}</span>}
        </>
      ),
    },
    { id: 'count', header: t('analysis.results.summary.count'), numeric: true, cell: (o) => format.count(o.count) },
    { id: 'percent', header: t('analysis.results.summary.percent'), numeric: true, cell: (o) => format.percent(o.percent) },
  ];
  return <DataTable columns={columns} rows={options} rowKey={(o) => o.code} caption={t('analysis.results.summary.title')} className="an-options" />;
}

function StatisticsTable({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const rows: { id: string; label: string; value: string }[] = [];
  const add = (id: string, label: string, value: string) => rows.push({ id, label, value });
  const s = summary.scores;
  if (s) {
    add('n', t('analysis.results.summary.n'), format.count(s.n));
    add('mean', t('analysis.results.summary.mean'), format.decimal(s.mean));
    add('median', t('analysis.results.summary.median'), format.decimal(s.median));
    add('sd', t('analysis.results.summary.sd'), format.decimal(s.sd));
    if (summary.type === 'number') {
      add('min', t('analysis.results.summary.min'), format.decimal(s.min));
      add('max', t('analysis.results.summary.max'), format.decimal(s.max));
    }
  }
  if (summary.topTwoBox) add('top2', t('analysis.results.summary.topTwoBox'), format.percent(summary.topTwoBox.percent));
  const nps = summary.nps;
  if (nps) {
    add('nps', t('analysis.results.summary.nps'), format.decimal(nps.score));
    add('promoters', t('analysis.results.summary.promoters'), format.percent(nps.promoters.percent));
    add('passives', t('analysis.results.summary.passives'), format.percent(nps.passives.percent));
    add('detractors', t('analysis.results.summary.detractors'), format.percent(nps.detractors.percent));
  }
  if (rows.length === 0) return null;
  const columns: DataColumn<(typeof rows)[number]>[] = [
    { id: 'label', header: t('analysis.results.summary.statistic'), rowHeader: true, cell: (r) => r.label },
    { id: 'value', header: t('analysis.results.summary.value'), numeric: true, cell: (r) => r.value },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t('analysis.results.summary.statistic')} className="an-stats" />;
}

function MatrixTable({ rows }: { rows: NonNullable<Summary['matrixRows']> }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  type Row = (typeof rows)[number];
  const columns: DataColumn<Row>[] = [
    { id: 'row', header: t('analysis.results.row'), rowHeader: true, cell: (r) => r.label },
    ...rows[0]!.options.map((o, i): DataColumn<Row> => ({ id: `o${i}`, header: o.label, numeric: true, cell: (r) => format.percent(r.options[i]!.percent) })),
    { id: 'mean', header: t('analysis.results.summary.rowMean'), numeric: true, cell: (r) => format.decimal(r.scores?.mean ?? null) },
    { id: 'top2', header: t('analysis.results.summary.topTwoBox'), numeric: true, cell: (r) => format.percent(r.topTwoBox?.percent ?? null) },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.rowId} caption={t('analysis.results.summary.title')} scroll="sideways" />;
}

function WordsTable({ words }: { words: NonNullable<Summary['words']>['words'] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  if (words.length === 0) return <p className="muted">{t('analysis.results.summary.noWords')}</p>;
  type Word = (typeof words)[number];
  const columns: DataColumn<Word>[] = [
    { id: 'word', header: t('analysis.results.summary.word'), rowHeader: true, cell: (w) => w.word },
    { id: 'count', header: t('analysis.results.summary.times'), numeric: true, cell: (w) => format.count(w.count) },
    { id: 'texts', header: t('analysis.results.summary.texts'), numeric: true, cell: (w) => format.count(w.texts) },
  ];
  return <DataTable columns={columns} rows={words} rowKey={(w) => w.word} caption={t('analysis.results.summary.word')} scroll="box" className="an-words" />;
}
