/**
 * Survey tools write when a response started and ended in ISO 8601 or close to it: Kobo
 * `2024-03-05T14:22:10.123+03:00`, LimeSurvey `2024-03-05 14:22:10`, spreadsheets `2024-03-05`.
 * Without a time zone the time is read as UTC (an export does not say whose local time it is).
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** The moment a timestamp names, as an ISO string in UTC; null when it is not one (or not a real date and time). */
export function parseTimestamp(raw: string): string | null {
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const local = Date.UTC(y!, mo! - 1, d!, h, mi, s, ms);
  const check = new Date(local);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8]?.toUpperCase();
  if (!zone || zone === 'Z') return check.toISOString();
  const [, sign, zh, zm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  if (Number(zh) > 14 || Number(zm) > 59) return null;
  const offsetMs = (Number(zh) * 60 + Number(zm)) * 60_000 * (sign === '-' ? -1 : 1);
  return new Date(local - offsetMs).toISOString();
}
