import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeedWeights } from '@model/recruitment/seed-ranking';
import { useRecruitmentFormat } from '../recruitment-format';
import { WEIGHT_MAX, weightShares } from './shortlist-settings';

const COMPONENTS = ['openness', 'frequency', 'recency'] as const;

/** One slider and number per ranking component, with the share of the total each weight makes (what the ranking uses). */
export function WeightsFieldset({ weights, onChange, windowDays }: { weights: SeedWeights; onChange(w: SeedWeights): void; windowDays: string }) {
  const { t } = useTranslation();
  const rf = useRecruitmentFormat();
  const baseId = useId();
  const shares = weightShares(weights);
  const set = (component: (typeof COMPONENTS)[number], text: string) => {
    const n = Number(text);
    onChange({ ...weights, [component]: Number.isFinite(n) ? Math.min(WEIGHT_MAX, Math.max(0, Math.round(n))) : 0 });
  };

  return (
    <fieldset className="rc-weights">
      <legend className="rc-legend">{t('recruitment.shortlist.weights')}</legend>
      {COMPONENTS.map((component) => {
        const id = `${baseId}-${component}`;
        return (
          <div key={component} className="rc-weight">
            <label htmlFor={id} className="rc-weight-label">
              {t(`recruitment.shortlist.component.${component}`)}
            </label>
            <input id={id} type="range" min={0} max={WEIGHT_MAX} step={1} value={weights[component]} onChange={(e) => set(component, e.target.value)} />
            <input
              type="number"
              className="rc-weight-number"
              min={0}
              max={WEIGHT_MAX}
              step={1}
              value={weights[component]}
              aria-label={t('recruitment.shortlist.weightOf', { component: t(`recruitment.shortlist.component.${component}`) })}
              onChange={(e) => set(component, e.target.value)}
            />
            <output className="rc-weight-share" htmlFor={id} aria-label={t('recruitment.shortlist.shareOf', { component: t(`recruitment.shortlist.component.${component}`) })}>
              {shares ? rf.share(shares[component]) : '–'}
            </output>
            <span className="rc-weight-hint">{t(`recruitment.shortlist.componentHint.${component}`, { days: windowDays })}</span>
          </div>
        );
      })}
      {shares === null && <p className="field-error" role="alert">{t('recruitment.shortlist.weightsZero')}</p>}
    </fieldset>
  );
}
