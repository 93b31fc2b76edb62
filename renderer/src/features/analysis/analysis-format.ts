import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Statistics as printed in the tables: percentages and means to one decimal, test statistics to three, p as "= 0.0123" (three significant digits) or "< 0.001". */
export function useStatsFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const fixed = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const [one, three, count] = [fixed(1), fixed(3), new Intl.NumberFormat(locale)];
    const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
    return {
      count: (n: number) => count.format(n),
      /** An answer's value or a bin's edge as it is (up to three decimals, as Intl's default). */
      value: (x: number) => count.format(x),
      percent: (p: number | null) => (p === null ? '—' : `${one.format(p)}%`),
      decimal: (x: number | null) => (x === null ? '—' : one.format(x)),
      statistic: (x: number) => three.format(x),
      p: (p: number) => (p < 0.001 ? `< ${small.format(0.001)}` : `= ${small.format(p)}`),
    };
  }, [locale]);
}
