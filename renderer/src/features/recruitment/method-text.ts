import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PERCENTILE_METHOD } from '@model/recruitment/percentiles';

/**
 * The core states its percentile method in English words (they are stored with each campaign's
 * frozen thresholds). The method the model defines has a translation; any other is shown as stored.
 */
export function usePercentileMethodText(): (method: string) => string {
  const { t } = useTranslation();
  return useCallback((method: string) => (method === PERCENTILE_METHOD ? t('recruitment.method.percentile') : method), [t]);
}
