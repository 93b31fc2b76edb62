import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  count(n: number): string;
  /** A ratio 0..1 as a percentage. */
  percent(ratio: number): string;
  bytes(n: number): string;
  dateTime(iso: string): string;
  /** A country's name in the active language, from its ISO code (the code itself if unknown). */
  country(code: string): string;
  /** The same, in its short form where there is one (US, Британия, 美国), for narrow columns. */
  countryShort(code: string): string;
}

/** Country names from ISO codes in one style; a table shows the same few countries over and over, so each is looked up once. */
function regionNames(locale: string, style: 'long' | 'short'): (code: string) => string {
  const regions = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'code' });
  const known = new Map<string, string>();
  return (code) => {
    let name = known.get(code);
    if (name === undefined) {
      try {
        name = regions.of(code) ?? code;
      } catch {
        name = code;
      }
      known.set(code, name);
    }
    return name;
  };
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Numbers, sizes and dates in the conventions of the active language, through Intl. */
export function createFormatters(locale: string): Formatters {
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // "512 bytes" reads better than "512 byte"; larger units use their short symbols (kB, МБ).
  const byteFormats = BYTE_UNITS.map(
    (unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: 1 }),
  );
  return {
    count: (n) => integer.format(n),
    percent: (ratio) => percent.format(ratio),
    bytes: (n) => {
      const exponent = Math.min(BYTE_UNITS.length - 1, n > 0 ? Math.floor(Math.log(n) / Math.log(1024)) : 0);
      return byteFormats[exponent]!.format(n / 1024 ** exponent);
    },
    dateTime: (iso) => dateTime.format(new Date(iso)),
    country: regionNames(locale, 'long'),
    countryShort: regionNames(locale, 'short'),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
