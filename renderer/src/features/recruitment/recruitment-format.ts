import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentLanguage } from '@model/recruitment/ipip-openness-instrument';

export interface RecruitmentFormat {
  /** An openness score or threshold (1–5): two decimals, as the thresholds are read in a spreadsheet. */
  score(x: number): string;
  /** A z-score with its sign, so above and below average read at a glance. */
  z(x: number): string;
  /** Cronbach's alpha and other coefficients. */
  coefficient(x: number): string;
  /** Whole days. */
  days(x: number): string;
  /** A share 0..1 as a percentage. */
  share(x: number): string;
  /** An axis tick: as many decimals as it has, at most one (1, 1,5, 2). */
  axis(x: number): string;
}

function createRecruitmentFormat(locale: string): RecruitmentFormat {
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    score: (x) => two.format(x),
    z: (x) => signed.format(x),
    coefficient: (x) => two.format(x),
    days: (x) => whole.format(Math.round(x)),
    share: (x) => percent.format(x),
    axis: (x) => tick.format(x),
  };
}

export function useRecruitmentFormat(): RecruitmentFormat {
  const { i18n } = useTranslation();
  return useMemo(() => createRecruitmentFormat(i18n.language), [i18n.language]);
}

/** The screener's language for the UI's language (the instrument has en, zh and ru texts). */
export function instrumentLanguage(uiLanguage: string): InstrumentLanguage {
  if (uiLanguage.startsWith('zh')) return 'zh';
  if (uiLanguage.startsWith('ru')) return 'ru';
  return 'en';
}
