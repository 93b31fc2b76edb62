import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import type { Health } from './health-format';
import { HealthNote } from './health-note';

const KPIS = ['dauMau', 'averageSessionMinutes', 'contributorShare', 'postsAndCommentsToLikes', 'selfModeration'] as const;
type Kpi = (typeof KPIS)[number];

/** The activity figures, each with how it is computed; "No data" where it has no base. */
export function HealthKpis({ health }: { health: Health }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const shown = (kpi: Kpi, value: number): string => {
    if (kpi === 'averageSessionMinutes') return t('health.minutes', { value: decimal.format(value) });
    if (kpi === 'postsAndCommentsToLikes') return decimal.format(value);
    return format.percent(value);
  };
  return (
    <section className="health-kpis" aria-label={t('health.kpi.title')}>
      {KPIS.map((kpi) => {
        const value = health[kpi];
        return (
          <div key={kpi} className="card health-kpi" data-kpi={kpi}>
            <h3 className="health-kpi-label">{t(`health.kpi.${kpi}`)}</h3>
            <p className="health-kpi-value">{value === null ? t('health.noData') : shown(kpi, value)}</p>
            <HealthNote how={health.how[kpi]} />
          </div>
        );
      })}
    </section>
  );
}
