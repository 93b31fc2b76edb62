import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Survey figures in the UI's language: items with one decimal when fractional (a question behind
 * logic counts at its observed share), seconds and minutes. Item counts take the language's plural
 * form through Intl.PluralRules; every language has the same four keys (one, few, many, other).
 */
export function useSurveyFormat() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const locale = i18n.language;
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const plural = new Intl.PluralRules(locale);
    return {
      number: (n: number) => oneDecimal.format(n),
      items: (n: number) => {
        const rounded = Number(n.toFixed(1));
        const form = plural.select(rounded) as 'one' | 'few' | 'many' | 'other' | 'zero' | 'two';
        const key = form === 'zero' || form === 'two' ? 'other' : form;
        return t(`surveys.units.items.${key}`, { n: oneDecimal.format(rounded) });
      },
      seconds: (s: number) => t('surveys.units.seconds', { n: whole.format(Math.round(s)) }),
      minutes: (m: number) => t('surveys.units.minutes', { n: oneDecimal.format(m) }),
      percent: (share: number) => percent.format(share),
    };
  }, [t, i18n.language]);
}

export type SurveyFormat = ReturnType<typeof useSurveyFormat>;
