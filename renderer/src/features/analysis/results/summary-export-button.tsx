import { useTranslation } from 'react-i18next';
import type { MethodInput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { ScreenExportButton } from './screen-export-button';

/** "Export results as CSV" beside a question's summary: the summary on screen (the same question and filter), through export.summary. */
export function SummaryExportButton({ request }: { request: MethodInput<'analysis.summary'> }) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <ScreenExportButton
      start={(target) => api.call('export.summary', { ...request, ...target })}
      defaultName={`summary-${request.questionId}.csv`}
      label={t('analysis.results.summary.exportCsv')}
      labelAs={t('analysis.results.summary.exportCsvAs')}
    />
  );
}
