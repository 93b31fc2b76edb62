import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useStatsFormat } from '../analysis-format';

type Distribution = NonNullable<MethodOutput<'analysis.summary'>['distribution']>;
type Bin = Distribution['bins'][number];

/** A number question's frequency table: each value (or range, from ≤ value < to) with its count and share of the answers. */
export function DistributionTable({ distribution, base }: { distribution: Distribution; base: number }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const intervals = distribution.binning === 'intervals';
  const columns: DataColumn<Bin>[] = [
    {
      id: 'bin',
      header: intervals ? t('analysis.results.summary.range') : t('analysis.results.summary.value'),
      rowHeader: true,
      cell: (b) => (intervals ? t('analysis.results.summary.binRange', { from: format.value(b.from), to: format.value(b.to) }) : format.value(b.from)),
    },
    { id: 'count', header: t('analysis.results.summary.count'), numeric: true, cell: (b) => format.count(b.count) },
    { id: 'percent', header: t('analysis.results.summary.percent'), numeric: true, cell: (b) => format.percent(base > 0 ? (100 * b.count) / base : null) },
  ];
  return <DataTable columns={columns} rows={distribution.bins} rowKey={(b) => String(b.from)} caption={t('analysis.results.summary.distribution')} scroll="box" />;
}
