import Papa from 'papaparse';
import { importDelimiters, type ImportDelimiter } from '@api/csv-import';
import type { Newline } from './record-reader';

/** The first line break outside quotes decides: \r\n, \r or \n. */
export function detectNewline(text: string): Newline {
  let quoted = false;
  const end = Math.min(text.length, 1024 * 1024);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

const SNIFF_RECORDS = 100;

function fieldCounts(text: string, delimiter: ImportDelimiter, newline: Newline, complete: boolean): number[] {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', preview: SNIFF_RECORDS + 1 });
  const { data } = parser.parse(text, 0, !complete) as { data: string[][] };
  return data.filter((fields) => fields.some((f) => f.trim() !== '')).map((fields) => fields.length);
}

export const modeOf = (values: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v > best)) [best, bestCount] = [v, n];
  return best;
};

/**
 * The delimiter that splits the data rows most consistently into more than one field. The first
 * record is left out of the vote: it may be a header that does not match its rows (big5-ipip.tsv),
 * which is reported separately rather than allowed to change the delimiter.
 */
export function detectDelimiter(text: string, newline: Newline, complete: boolean): ImportDelimiter {
  let best: { delimiter: ImportDelimiter; share: number; width: number } = { delimiter: ',', share: 0, width: 1 };
  for (const delimiter of importDelimiters) {
    const counts = fieldCounts(text, delimiter, newline, complete);
    const rows = counts.length > 1 ? counts.slice(1) : counts;
    const width = modeOf(rows);
    if (width < 2) continue;
    const share = rows.filter((n) => n === width).length / rows.length;
    if (share > best.share || (share === best.share && width > best.width)) best = { delimiter, share, width };
  }
  return best.delimiter;
}

const looksLikeData = (value: string) =>
  /^[-+]?[\d\s.,]+%?$/.test(value) || /^\S+@\S+\.\S+$/.test(value) || /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/.test(value);

/** A header row is all names: none that looks like a number, date or email. (Repeated or empty names are reported, not guessed away.) */
export function looksLikeHeader(first: readonly string[]): boolean {
  const names = first.map((f) => f.trim());
  return names.some((n) => n !== '') && !names.some((n) => looksLikeData(n));
}
