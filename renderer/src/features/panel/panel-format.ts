import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters } from '@renderer/i18n/format';

export interface PanelFormat {
  /** A day (YYYY-MM-DD or an ISO date-time) in the language's medium date style. */
  date(iso: string): string;
  dateTime(iso: string): string;
  count(n: number): string;
  /** An openness score: two decimals. */
  score(n: number): string;
  /** A country's name in the active language, from its ISO code. */
  country(code: string): string;
  /** Its short name where there is one (US, Британия, 香港), for narrow places. */
  countryShort(code: string): string;
}

/** Formatting for members' values, through Intl in the active language. */
export function usePanelFormat(): PanelFormat {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    // Days are calendar days, not instants: formatted in UTC so no time zone moves them.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const count = new Intl.NumberFormat(locale);
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const { country, countryShort } = createFormatters(locale);
    return {
      date: (iso) => {
        const at = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
        return Number.isNaN(at.getTime()) ? iso : day.format(at);
      },
      dateTime: (iso) => dateTime.format(new Date(iso)),
      count: (n) => count.format(n),
      score: (n) => score.format(n),
      country,
      countryShort,
    };
  }, [locale]);
}
