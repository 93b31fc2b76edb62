import { useTranslation } from 'react-i18next';
import type { SurveyCalibration } from '@api/surveys';
import type { SurveySettings } from '@model/survey/definition';
import type { LengthEstimate } from '@model/survey/estimate-length';
import type { LimitCheck } from '@model/survey/length-limits';
import { useFormat } from '@renderer/i18n/format';
import { useSurveyFormat } from '../survey-format';

/**
 * The length estimate against the limits, redrawn on every edit: items and minutes with their
 * bars, the status (ok, warning from 80 %, over), how questions behind display logic were counted,
 * and the observed median time once the survey has responses.
 */
export function LengthMeter({ estimate, calibration, ownLimits }: { estimate: LengthEstimate; calibration: SurveyCalibration | null; ownLimits: SurveySettings['limits'] }) {
  const { t } = useTranslation();
  const f = useSurveyFormat();
  const format = useFormat();
  const conditional = estimate.perQuestion.filter((q) => q.visibility !== 'always');
  const observedCount = conditional.filter((q) => q.visibility === 'observed').length;
  const check = (kind: LimitCheck['kind']) => estimate.checks.find((c) => c.kind === kind)!;

  return (
    <section className={`sv-meter sv-meter-${estimate.status}`} aria-label={t('surveys.meter.label')} data-status={estimate.status} data-seconds={estimate.seconds}>
      <div className="sv-meter-bars">
        <MeterBar
          check={check('items')}
          label={t('surveys.meter.items')}
          value={f.number(estimate.items)}
          limit={t('surveys.meter.ofLimit', { limit: f.number(estimate.limits.items) })}
          own={ownLimits.items !== null}
        />
        <MeterBar
          check={check('minutes')}
          label={t('surveys.meter.minutes')}
          value={f.number(estimate.minutes)}
          limit={t('surveys.meter.ofLimit', { limit: f.number(estimate.limits.minutes) })}
          own={ownLimits.minutes !== null}
        />
        <p className={`sv-status sv-status-${estimate.status}`}>{t(`surveys.status.${estimate.status}`)}</p>
      </div>
      <div className="sv-meter-notes">
        {conditional.length > 0 && (
          <p>
            {observedCount > 0
              ? t('surveys.meter.logicObserved', { n: conditional.length, responses: format.count(calibration?.completeResponses ?? 0) })
              : t('surveys.meter.logicInFull', { n: conditional.length })}
          </p>
        )}
        {calibration && calibration.total.observedMedianSeconds !== null && (
          <p className="sv-meter-observed">
            {t('surveys.meter.observed', {
              minutes: f.minutes(calibration.total.observedMedianSeconds / 60),
              version: calibration.version,
              responses: format.count(calibration.completeResponses),
            })}
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {estimate.status === 'ok' ? '' : t(`surveys.status.${estimate.status}`)}
      </p>
    </section>
  );
}

function MeterBar({ check, label, value, limit, own }: { check: LimitCheck; label: string; value: string; limit: string; own: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`sv-bar sv-bar-${check.status}`} data-kind={check.kind}>
      <div className="sv-bar-text">
        <span className="sv-bar-label">{label}</span>
        <span className="sv-bar-value">{value}</span>
        <span className="sv-bar-limit" title={own ? t('surveys.meter.ownLimit') : t('surveys.meter.defaultLimit')}>
          {limit}
        </span>
      </div>
      <div className="progress-bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={check.limit} aria-valuenow={check.value} aria-valuetext={`${value} ${limit}`}>
        <div className="progress-bar-fill" style={{ width: `${Math.min(100, check.share * 100)}%` }} />
      </div>
    </div>
  );
}
