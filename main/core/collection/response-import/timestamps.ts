/**
 * Survey tools write when a response started and ended in ISO 8601 or close to it: Kobo
 * `2024-03-05T14:22:10.123+03:00`, LimeSurvey `2024-03-05 14:22:10`, spreadsheets `2024-03-05`.
 * Without a time zone the time is read as UTC (an export does not say whose local time it is).
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|([+-])(\d{2}):?(\d{2}))?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) => (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!);
const num = (digits: string | undefined) => (digits === undefined ? 0 : Number(digits));

/** Where `2025-03-05T14:22:10Z` has its digits: a platform's export writes every time so. */
const CANONICAL_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const isCanonical = (raw: string) =>
  raw.length === 20 && raw[4] === '-' && raw[7] === '-' && raw[10] === 'T' && raw[13] === ':' && raw[16] === ':' && raw[19] === 'Z' && CANONICAL_DIGITS.every((i) => raw.charCodeAt(i) - 48 >>> 0 < 10);
const digitsAt = (raw: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + raw.charCodeAt(i) - 48;
  return n;
};

/**
 * The moment a timestamp names, in milliseconds since 1970 UTC; null when it is not one (or not a
 * real date and time). Worked out from the digits, as an activity file has millions of them; the
 * canonical UTC form without the pattern.
 */
export function parseInstantMs(raw: string): number | null {
  if (isCanonical(raw)) return instantOf(digitsAt(raw, 0, 4), digitsAt(raw, 5, 7), digitsAt(raw, 8, 10), digitsAt(raw, 11, 13), digitsAt(raw, 14, 16), digitsAt(raw, 17, 19), 0);
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return null;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const local = instantOf(Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), num(m[6]), ms);
  if (local === null || !m[9]) return local;
  const [zoneHours, zoneMinutes] = [Number(m[10]), Number(m[11])];
  if (zoneHours > 14 || zoneMinutes > 59) return null;
  return local - (zoneHours * 60 + zoneMinutes) * 60_000 * (m[9] === '-' ? -1 : 1);
}

/** A UTC date and time as milliseconds since 1970; null when there is no such day or time. */
function instantOf(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  // Years before 100 are left out: Date.UTC would read them as 19xx.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** The moment a timestamp names, as an ISO string in UTC; null when it is not one (or not a real date and time). */
export function parseTimestamp(raw: string): string | null {
  const ms = parseInstantMs(raw);
  return ms === null ? null : new Date(ms).toISOString();
}
