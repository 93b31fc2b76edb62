import type { ImportDelimiter } from '@api/csv-import';

export const formatCount = (n: number) => n.toLocaleString('en-US');
/** "1 warning", "522 warnings". */
export const countOf = (n: number, noun: string, plural = `${noun}s`) => `${formatCount(n)} ${n === 1 ? noun : plural}`;

const delimiterNames: Record<ImportDelimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'pipes (|)' };
const delimiterName = (d: ImportDelimiter) => delimiterNames[d];

const MAX_RUNS = 4;

/** How many fields each row has, as runs of consecutive rows, for messages like "rows 1–19,719 have 57". */
export class FieldCountTally {
  private readonly counts = new Map<number, { rows: number; runs: [number, number][]; moreRuns: boolean }>();
  private total = 0;

  /** Rows must arrive in increasing order. */
  add(row: number, fields: number): void {
    this.total++;
    let entry = this.counts.get(fields);
    if (!entry) this.counts.set(fields, (entry = { rows: 0, runs: [], moreRuns: false }));
    entry.rows++;
    const last = entry.runs.at(-1);
    if (last && last[1] === row - 1) last[1] = row;
    else if (entry.runs.length < MAX_RUNS) entry.runs.push([row, row]);
    else entry.moreRuns = true;
  }

  get rows(): number {
    return this.total;
  }

  /** The field count most rows have. */
  get usual(): number {
    let best = 0;
    let bestRows = -1;
    for (const [fields, e] of this.counts) if (e.rows > bestRows) [best, bestRows] = [fields, e.rows];
    return best;
  }

  rowsWith(fields: number): number {
    return this.counts.get(fields)?.rows ?? 0;
  }

  /** "rows 1–19,719", "row 5", or "19,000 rows (rows 1–3, 7, …)". */
  describeRows(fields: number): string {
    const entry = this.counts.get(fields);
    if (!entry) return 'no rows';
    const runs = entry.runs.map(([a, b]) => (a === b ? formatCount(a) : `${formatCount(a)}–${formatCount(b)}`)).join(', ');
    if (entry.moreRuns) return `${formatCount(entry.rows)} rows (rows ${runs}, …)`;
    return entry.rows === 1 ? `row ${runs}` : `rows ${runs}`;
  }
}

interface JoinedHeaderField {
  /** 1-based position in the header as it should have been (e.g. 1–3). */
  from: number;
  to: number;
  text: string;
  joinedBy: string;
}

/**
 * Header fields that look like several names joined by another separator (runs of spaces, or a
 * delimiter other than the file's), when splitting them would give exactly the rows' field count.
 */
function findJoinedHeaderFields(header: readonly string[], rowFields: number, delimiter: ImportDelimiter): JoinedHeaderField[] {
  const others = (['\t', ',', ';', '|'] as const).filter((d) => d !== delimiter);
  const joined: JoinedHeaderField[] = [];
  let shift = 0;
  header.forEach((field, i) => {
    const separator = / {2,}/.test(field.trim()) ? ' ' : others.find((d) => field.includes(d));
    const pieces = separator === ' ' ? field.trim().split(/ {2,}/) : separator ? field.split(separator).filter((p) => p.trim() !== '') : [field];
    if (separator && pieces.length > 1) {
      joined.push({ from: i + 1 + shift, to: i + shift + pieces.length, text: field, joinedBy: separator === ' ' ? 'spaces' : delimiterName(separator) });
      shift += pieces.length - 1;
    }
  });
  return header.length + shift === rowFields ? joined : [];
}

export interface HeaderMismatch {
  headerFields: number;
  rowFields: number;
  message: string;
  params: Record<string, string | number>;
}

/**
 * The header and most rows disagree on the number of fields: the columns cannot be matched to
 * their names, so the file is refused as a whole rather than imported shifted. (A few rows that
 * disagree are row errors instead.)
 */
export function headerMismatch(header: readonly string[], tally: FieldCountTally, delimiter: ImportDelimiter, scope: 'file' | 'sample'): HeaderMismatch | null {
  const rowFields = tally.usual;
  if (tally.rows === 0 || header.length === rowFields) return null;
  if (tally.rowsWith(header.length) >= tally.rows / 2) return null;
  const joined = findJoinedHeaderFields(header, rowFields, delimiter);
  const rows = tally.describeRows(rowFields);
  const cause = joined.length
    ? `the header is probably not separated by the same delimiter (${joined
        .map((j) => `fields ${j.from}–${j.to} of the header look joined by ${j.joinedBy}: '${j.text}'`)
        .join('; ')})`
    : `the header names do not line up with the columns (a name missing or extra, or a different delimiter in the header line)`;
  const read = scope === 'sample' ? ` (of the first ${formatCount(tally.rows)} rows read)` : '';
  const fix = joined.length ? `Separate the header names with ${delimiterName(delimiter)} and try again.` : 'Correct the header line and try again.';
  return {
    headerFields: header.length,
    rowFields,
    message: `The header has ${formatCount(header.length)} fields but ${rows}${read} ${tally.rowsWith(rowFields) === 1 ? 'has' : 'have'} ${formatCount(rowFields)}: ${cause}. Nothing can be imported with columns shifted. ${fix}`,
    params: { headerFields: header.length, rowFields, rows, joined: joined.map((j) => `${j.from}–${j.to}: '${j.text}'`).join('; ') },
  };
}
