import type { ImportProblem } from '@api/csv-import';
import { AppError } from '../../errors';
import { REPLACEMENT_CHAR, type EncodingGuess, type StrayLine } from './encoding';
import { MAX_RECORD_CHARS, type TooLongRecord } from './record-reader';
import { controlCharIn } from './cells';
import { formatCount, headerMismatch } from './header-shape';
import type { Sniff } from './sniff';

const MIB = 1024 * 1024;

/**
 * The largest file an import accepts. Reading streams with bounded memory whatever the size; the
 * limit is for the merge, which is one transaction holding the workspace's single writer: a
 * 1,000,000-member file with a dozen columns is about 130 MB and its merge (with the search
 * indexes) already takes minutes, during which nothing else can be saved (kiosk answers wait).
 * Bigger files are better imported in parts, each an import batch that can be undone.
 */
export const MAX_IMPORT_BYTES = 160 * MIB;

/** Problems that stop the whole file; the others concern single rows. */
const BLOCKING = new Set(['empty', 'tooLarge', 'binary', 'recordTooLong', 'lineTooLong', 'noRows', 'duplicateHeader', 'headerFieldCount']);
export const isBlocking = (p: ImportProblem) => p.severity === 'error' && BLOCKING.has(p.code);

const ROWS_LISTED = 50;

export function problem(
  severity: ImportProblem['severity'],
  code: string,
  message: string,
  params: ImportProblem['params'] = {},
  rows: readonly number[] = [],
): ImportProblem {
  return { severity, code, message, key: `import.problem.${code}`, params, rows: rows.slice(0, ROWS_LISTED) };
}

/** "Row 2 has", "Rows 2, 5 have", "Rows 1, 2, … and 40 more have". */
const rowsSay = (rows: readonly number[], one: string, many: string) => {
  const shown = rows.slice(0, 10).map(formatCount).join(', ');
  return rows.length === 1 ? `Row ${shown} ${one}` : `Rows ${rows.length > 10 ? `${shown} and ${formatCount(rows.length - 10)} more` : shown} ${many}`;
};

/** A row that never ends: an open quote (recordTooLong), or a line that is simply too long (lineTooLong, with its length and the limit). */
export function tooLongProblem(r: TooLongRecord & { row: number }): ImportProblem {
  const row = formatCount(r.row);
  const limit = formatCount(MAX_RECORD_CHARS);
  if (r.quoteOpen) {
    return problem('error', 'recordTooLong', `Row ${row} does not end within ${limit} characters: a quoted field is probably never closed (a missing ").`, { row: r.row }, [r.row]);
  }
  const length = r.measured ? `is ${formatCount(r.chars)} characters long` : `is longer than ${formatCount(r.chars)} characters (as far as the preview read)`;
  return problem(
    'error',
    'lineTooLong',
    `Row ${row} ${length}; a row may have at most ${limit}. No quote is open in it: the line itself is too long.`,
    { row: r.row, chars: r.chars, max: MAX_RECORD_CHARS },
    [r.row],
  );
}

export const emptyFileProblem = () => problem('error', 'empty', 'The file is empty: there is nothing to import.');

const tooLargeProblem = (sizeBytes: number, maxBytes: number) =>
  problem(
    'error',
    'tooLarge',
    `The file is ${formatCount(Math.ceil(sizeBytes / MIB))} MiB; an import takes at most ${formatCount(maxBytes / MIB)} MiB (about 1,000,000 members with a dozen columns). Split it into smaller files and import them one after another.`,
    { sizeBytes, maxBytes },
  );

/** A UTF-8 file with lines in another encoding: which lines, how they read in the legacy encodings, and what happens to their rows. */
function mixedEncodingProblem(guess: EncodingGuess, rows: readonly number[]): ImportProblem {
  const n = guess.strayLineCount;
  const lines = guess.strayLines.map((l) => formatCount(l.line)).join(', ') + (n > guess.strayLines.length ? ` and ${formatCount(n - guess.strayLines.length)} more` : '');
  const readingsOf = (l: StrayLine) => l.readings.map((r) => `${r.encoding}: '${r.text}'`).join('; ');
  const readings = guess.strayLines.map((l) => `line ${formatCount(l.line)} reads as ${readingsOf(l) || 'no other encoding either'}`).join('. ');
  return problem(
    'error',
    'mixedEncoding',
    `The file is UTF-8 except for ${n === 1 ? 'line' : 'lines'} ${lines}, which ${n === 1 ? 'is' : 'are'} written in another encoding: ${readings}. ${n === 1 ? 'Its row is' : 'Their rows are'} rejected; correct ${n === 1 ? 'that line' : 'those lines'} in the file (saved as UTF-8) and choose it again. Reading the whole file in another encoding would garble the other lines.`,
    { lines, count: n, readings: guess.strayLines.map((l) => `${formatCount(l.line)}: ${readingsOf(l)}`).join(' | ') },
    rows,
  );
}

/** Everything the start of the file shows: what stops the whole file, and which rows read so far would be rejected. */
export function sniffProblems(sniff: Sniff, maxBytes: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (sniff.sizeBytes > maxBytes) problems.push(tooLargeProblem(sniff.sizeBytes, maxBytes));
  if (sniff.guess.binary) {
    problems.push(problem('error', 'binary', 'This does not look like a text table: much of it is NUL bytes. Choose a CSV or TSV file.'));
    return problems;
  }
  if (sniff.tooLong) problems.push(tooLongProblem(sniff.tooLong));
  for (const d of sniff.layout.duplicates) {
    problems.push(
      problem(
        'error',
        'duplicateHeader',
        `The header names '${d.name}' more than once (columns ${d.columns.join(', ')}). Column names must be unique: rename the repeats and try again.`,
        { name: d.name, columns: d.columns.join(', ') },
      ),
    );
  }
  if (sniff.layout.unnamed.length) {
    problems.push(
      problem('warning', 'unnamedColumns', `Columns ${sniff.layout.unnamed.join(', ')} have no name in the header; they are called "Column N" here.`, {
        columns: sniff.layout.unnamed.join(', '),
      }),
    );
  }
  if (sniff.rows.length === 0 && sniff.tooLong === null) {
    problems.push(problem('error', 'noRows', sniff.header ? 'The file has a header but no rows.' : 'The file has no rows.'));
    return problems;
  }
  // A quote never closed swallows the lines after it, which is why field counts go wrong: it comes first.
  const quoted = sniff.rows.filter((r) => r.record.quoteError).map((r) => r.row);
  if (quoted.length) problems.push(problem('error', 'quotes', `${rowsSay(quoted, 'has', 'have')} a misplaced or unclosed quote; ${quoted.length === 1 ? 'it' : 'they'} would be rejected.`, {}, quoted));
  const mismatch = sniff.header && headerMismatch(sniff.header, sniff.tally, sniff.dialect.delimiter, sniff.complete ? 'file' : 'sample');
  if (mismatch) {
    problems.push(problem('error', 'headerFieldCount', mismatch.message, mismatch.params));
  } else {
    const width = sniff.layout.names.length;
    const ragged = sniff.rows.filter((r) => r.record.fields.length !== width).map((r) => r.row);
    if (ragged.length) {
      problems.push(
        problem('error', 'fieldCount', `${rowsSay(ragged, 'does', 'do')} not have ${width} fields like the header; ${ragged.length === 1 ? 'it' : 'they'} would be rejected.`, { expected: width }, ragged),
      );
    }
  }
  const controlled = sniff.rows.filter((r) => r.record.fields.some((f) => controlCharIn(f) !== null)).map((r) => r.row);
  if (controlled.length) {
    problems.push(
      problem(
        'error',
        'controlChars',
        `${rowsSay(controlled, 'contains', 'contain')} a control character (such as NUL) inside a value; a mapped value holding one is rejected with its row.`,
        {},
        controlled,
      ),
    );
  }
  const undecodable = sniff.rows.filter((r) => r.record.fields.some((f) => f.includes(REPLACEMENT_CHAR))).map((r) => r.row);
  if (sniff.encoding === 'utf-8' && sniff.guess.strayLineCount > 0) {
    problems.push(mixedEncodingProblem(sniff.guess, undecodable));
  } else if (undecodable.length) {
    const better = sniff.guess.encoding !== sniff.encoding ? ` ${sniff.guess.encoding} fits the file better.` : ' Try another encoding.';
    problems.push(
      problem(
        'error',
        'undecodable',
        `${rowsSay(undecodable, 'contains', 'contain')} bytes that are not valid ${sniff.encoding} (shown as �).${better}`,
        { encoding: sniff.encoding, suggested: sniff.guess.encoding },
        undecodable,
      ),
    );
  } else if (sniff.guess.confidence === 'guess' && sniff.encoding === sniff.guess.encoding) {
    problems.push(
      problem('warning', 'encodingGuess', `The encoding ${sniff.encoding} is a guess: check that the sample text reads correctly, or choose another.`, {
        encoding: sniff.encoding,
      }),
    );
  }
  return problems;
}

/**
 * The header and the rows disagree because a quote is never closed: the refusal names the quote,
 * the cause, rather than the field counts it threw off.
 */
export const quoteRefusal = (quotes: ImportProblem) =>
  new AppError(
    'VALIDATION',
    `${rowsSay(quotes.rows, 'has', 'have')} a misplaced or unclosed quote, which makes the rows after it lose their columns (so the header and the rows do not line up). Correct the quote and choose the file again. Nothing was imported.`,
    { key: 'import.problem.quoteShiftsRows', params: { rows: quotes.rows.map(formatCount).join(', ') } },
  );

/** An import refuses a file for its first blocking problem, with the same message the preview shows. */
export function refusal(p: ImportProblem): AppError {
  return new AppError(p.code === 'tooLarge' ? 'LIMIT' : 'VALIDATION', p.message, { key: p.key, params: p.params });
}
