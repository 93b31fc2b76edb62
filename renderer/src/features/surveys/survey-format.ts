import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Survey figures in the UI's language: items with one decimal when fractional (a question behind
 * logic counts at its observed share), seconds and minutes. Item counts take the language's plural
 * form through Intl.PluralRules; every language has the same four keys (one, few, many, other).
 */
function createSurveyFormat(t: TFunction, locale: string) {
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const plural = new Intl.PluralRules(locale);
  return {
    number: (n: number) => oneDecimal.format(n),
    items: (n: number) => {
      const rounded = Number(n.toFixed(1));
      const form = plural.select(rounded);
      const key = form === 'one' || form === 'few' || form === 'many' ? form : 'other';
      return t(`surveys.units.items.${key}`, { n: oneDecimal.format(rounded) });
    },
    seconds: (s: number) => t('surveys.units.seconds', { n: whole.format(Math.round(s)) }),
    /** An estimator constant, to a tenth of a second. */
    tenthsOfSeconds: (s: number) => t('surveys.units.seconds', { n: oneDecimal.format(s) }),
    minutes: (m: number) => t('surveys.units.minutes', { n: oneDecimal.format(m) }),
    percent: (share: number) => percent.format(share),
  };
}

/** One set of formatters per language: the 200 cards of a long survey share it. */
const made = new Map<string, ReturnType<typeof createSurveyFormat>>();

export function useSurveyFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  let format = made.get(language);
  if (!format) made.set(language, (format = createSurveyFormat(i18n.getFixedT(language), language)));
  return format;
}

export type SurveyFormat = ReturnType<typeof useSurveyFormat>;
