import { useTranslation } from 'react-i18next';
import type { MethodInput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { ScreenExportButton } from './screen-export-button';

/** "Export CSV" under the crosstab: the crosstab on screen (the request that produced it), through export.crosstab. */
export function CrosstabExportButton({ request }: { request: MethodInput<'analysis.crosstab'> }) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <ScreenExportButton
      start={(target) => api.call('export.crosstab', { ...request, ...target })}
      defaultName={`crosstab-${request.questionId}.csv`}
      label={t('analysis.results.crosstab.exportCsv')}
      labelAs={t('analysis.results.crosstab.exportCsvAs')}
    />
  );
}
