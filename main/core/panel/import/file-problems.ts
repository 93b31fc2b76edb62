import type { ImportProblem } from '@api/member-import';
import { AppError } from '../../errors';
import { REPLACEMENT_CHAR } from './encoding';
import { MAX_RECORD_CHARS } from './record-reader';
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
const BLOCKING = new Set(['empty', 'tooLarge', 'binary', 'recordTooLong', 'noRows', 'duplicateHeader', 'headerFieldCount']);
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

export const recordTooLongMessage = (row: number) =>
  `Row ${formatCount(row)} does not end within ${formatCount(MAX_RECORD_CHARS)} characters: a quoted field is probably never closed (a missing ").`;

export const emptyFileProblem = () => problem('error', 'empty', 'The file is empty: there is nothing to import.');

const tooLargeProblem = (sizeBytes: number, maxBytes: number) =>
  problem(
    'error',
    'tooLarge',
    `The file is ${formatCount(Math.ceil(sizeBytes / MIB))} MiB; an import takes at most ${formatCount(maxBytes / MIB)} MiB (about 1,000,000 members with a dozen columns). Split it into smaller files and import them one after another.`,
    { sizeBytes, maxBytes },
  );

/** Everything the start of the file shows: what stops the whole file, and which rows read so far would be rejected. */
export function sniffProblems(sniff: Sniff, maxBytes: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (sniff.sizeBytes > maxBytes) problems.push(tooLargeProblem(sniff.sizeBytes, maxBytes));
  if (sniff.guess.binary) {
    problems.push(problem('error', 'binary', 'This does not look like a text table: much of it is NUL bytes. Choose a CSV or TSV file.'));
    return problems;
  }
  if (sniff.recordTooLong !== null) {
    problems.push(
      problem(
        'error',
        'recordTooLong',
        recordTooLongMessage(sniff.recordTooLong),
        { row: sniff.recordTooLong },
        [sniff.recordTooLong],
      ),
    );
  }
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
  if (sniff.rows.length === 0 && sniff.recordTooLong === null) {
    problems.push(problem('error', 'noRows', sniff.header ? 'The file has a header but no rows.' : 'The file has no rows.'));
    return problems;
  }
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
  const quoted = sniff.rows.filter((r) => r.record.quoteError).map((r) => r.row);
  if (quoted.length) problems.push(problem('error', 'quotes', `${rowsSay(quoted, 'has', 'have')} a misplaced or unclosed quote; ${quoted.length === 1 ? 'it' : 'they'} would be rejected.`, {}, quoted));
  const undecodable = sniff.rows.filter((r) => r.record.fields.some((f) => f.includes(REPLACEMENT_CHAR))).map((r) => r.row);
  if (undecodable.length) {
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

/** An import refuses a file for its first blocking problem, with the same message the preview shows. */
export function refusal(p: ImportProblem): AppError {
  return new AppError(p.code === 'tooLarge' ? 'LIMIT' : 'VALIDATION', p.message, { key: p.key, params: p.params });
}
