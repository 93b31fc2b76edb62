import type { ImportRejection } from '@api/csv-import';
import type { CellIssueCode, RecordIssueCode } from './cells';
import { formatCount } from './header-shape';

export type IssueParams = Record<string, string | number>;
export type IssueTexts = Record<string, (p: IssueParams) => string>;

/** What the reader's own checks (cells.ts) say, in English; each import adds its own codes beside them, and says controlChar its way. */
export const readIssueTexts = {
  fieldCount: (p: IssueParams) => `The row has ${p.fields} fields; the header has ${p.expected}.`,
  quotes: () => 'A quote in this row is misplaced or never closed.',
  undecodable: (p: IssueParams) => `Contains bytes that are not valid ${p.encoding} (shown as �); the file may be in another encoding.`,
  tooLong: (p: IssueParams) => `The value is longer than ${formatCount(Number(p.max))} characters.`,
} satisfies Record<Exclude<RecordIssueCode | CellIssueCode, 'controlChar'>, (p: IssueParams) => string>;

/** Texts of an import's issues: the reader's codes included, so every rejection the reader makes can be said. */
export type ImportIssueTexts = IssueTexts & Record<RecordIssueCode | CellIssueCode, (p: IssueParams) => string>;

/** The core's English message: "Column 'x': …" when a column is at fault. */
export const columnMessage = (column: string | null, text: string) => (column !== null ? `Column '${column}': ${text}` : text);

/** The params a message sees: the issue's own, plus the value and the column. */
export const issueParams = (column: string | null, value: string | null, params: IssueParams): IssueParams => ({
  ...params,
  ...(value !== null ? { value } : {}),
  ...(column !== null ? { column } : {}),
});

/** Makes rejections from an import's texts, keyed `<keyPrefix>.<code>` for the renderer's translations. */
export const rejectionMaker =
  <T extends ImportIssueTexts>(texts: T, keyPrefix: string) =>
  (row: number, column: string | null, value: string | null, code: keyof T & string, params: IssueParams = {}): ImportRejection => {
    const all = issueParams(column, value, params);
    return { row, column, value, message: columnMessage(column, texts[code]!(all)), key: `${keyPrefix}.${code}`, params: all };
  };

const REJECTIONS_KEPT = 1000;

/** Rejected rows: every one is counted (and written to the rejected-rows CSV); the first REJECTIONS_KEPT are listed. */
export class RejectionLog {
  private readonly kept: ImportRejection[] = [];
  /** Rows rejected (a row can have several errors). */
  rows = 0;

  add(errors: readonly ImportRejection[]): void {
    if (errors.length === 0) return;
    this.rows++;
    for (const e of errors) if (this.kept.length < REJECTIONS_KEPT) this.kept.push(e);
  }

  list(): ImportRejection[] {
    return this.kept;
  }
}
