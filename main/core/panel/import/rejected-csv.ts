import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { foldText } from '@model/fold-text';
import { importResult, type ImportLanguage, type ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import { unguard } from '@model/csv/csv-guard';
import { csvPresetOptions, type CsvDelimiter, type CsvOptions } from '@model/csv/csv-options';
import { CSV_BOM, encodeCsvRecords, encodeCsvRows } from '../../files/csv/csv-writer';
import { appendScratchFile, scratchFileName, sweepScratchFiles } from '../../files/owned-files';
import { safeWrite } from '../../files/safe-writer';
import { rejectedCsvHeader, rejectionText } from './rejection-texts';
import type { Rejection } from './row-checks';

/** The folder under the user-data folder where imports keep their rejected rows. */
export const REJECTED_ROWS_FOLDER = 'import-rejects';
const EXTENSION = '.csv';

/** A new rejected-rows file's name: it carries this process's id, so a later start can tell it is left over. */
export const rejectedRowsFileName = () => scratchFileName(EXTENSION);

/** Deletes the rejected-row files of workbench processes that have ended: their jobs, the only way to them, are gone. */
export const sweepRejectedRows = (dir: string) => sweepScratchFiles(dir, EXTENSION);

/**
 * The rejected rows of one import as a CSV the user can fix and import again: the row number and
 * the reasons first, in the user's language (so rows with a wrong number of fields still line up), then the original
 * columns as read. Written as an "Excel in this language" export (csv-options.ts): UTF-8 with a
 * byte-order mark, the delimiter Excel expects in that language, and the formula guard on, since the
 * rows hold whatever the imported file did (the import removes the guard's mark when it reads the
 * file again). Written as the rows are checked, so it never has to be held in memory.
 */
export class RejectedCsvWriter {
  private started = false;
  private readonly options: CsvOptions;
  rows = 0;

  constructor(
    readonly filePath: string,
    private readonly header: readonly string[],
    /** The language of the reasons and of the two columns the workbench adds. */
    private readonly language: ImportLanguage,
  ) {
    this.options = csvPresetOptions('excelLocal', language);
  }

  async write(rows: readonly { row: number; fields: readonly string[]; errors: readonly Rejection[] }[]): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((r) => [String(r.row), r.errors.map((e) => rejectionText(e, this.language)).join(' '), ...r.fields]);
    if (!this.started) records.unshift([...rejectedCsvHeader(this.language), ...this.header]);
    await appendScratchFile(this.filePath, encodeCsvRows(records, this.options, !this.started), !this.started);
    this.started = true;
    this.rows += rows.length;
  }

  /** Removes the file (the import failed or was cancelled, so its rejections mean nothing). */
  async discard(): Promise<void> {
    await fs.promises.rm(this.filePath, { force: true });
    this.rows = 0;
  }
}

/**
 * An erased member's identifying values (name, email, phone, external id, member code), compared
 * ignoring case, Unicode forms and surrounding spaces: a value field matches when it equals one, a
 * message when it quotes one.
 */
export class ErasedValues {
  private readonly values: string[];

  constructor(values: readonly (string | null)[]) {
    this.values = [...new Set(values.filter((v): v is string => v !== null).map(ErasedValues.fold))].filter((v) => v !== '');
  }

  private static fold(text: string): string {
    return foldText(text).trim();
  }

  equals(text: string | null): boolean {
    return text !== null && this.values.includes(ErasedValues.fold(text));
  }

  mentionedIn(text: string): boolean {
    const folded = ErasedValues.fold(text);
    return this.values.some((v) => folded.includes(v));
  }
}

/**
 * Removes from every rejected-rows file the rows that hold an erased member's values (one of the
 * original fields equals one, or the reason quotes one). A file left without rows is deleted; the
 * others are rewritten through the safe writer, so a crash leaves either the old or the new file.
 * Answers, per file, the numbers of the rows removed, so a job's result can drop what it says of them.
 */
export async function forgetInRejectedRows(dir: string, erased: ErasedValues): Promise<Map<string, Set<number>>> {
  const removedRows = new Map<string, Set<number>>();
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(EXTENSION)) : [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await fs.promises.readFile(file, 'utf8');
    if (!erased.mentionedIn(text)) continue;
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    const holds = ([, reason = '', ...fields]: string[]) => erased.mentionedIn(reason) || fields.some((f) => erased.equals(unguard(f)));
    removedRows.set(file, new Set(rows.filter(holds).map(([row]) => Number(row))));
    const kept = rows.filter((r) => !holds(r));
    if (kept.length === 0 || !header) await fs.promises.rm(file, { force: true });
    else if (kept.length < rows.length) {
      // The kept cells are rewritten as they were written (guarded once), with the delimiter the file has.
      const records = encodeCsvRecords([header, ...kept], { delimiter: parsed.meta.delimiter as CsvDelimiter, newline: '\r\n' });
      await safeWrite(file, { bytes: `${CSV_BOM}${records}` }, { replace: true });
    }
  }
  return removedRows;
}

/**
 * An import job's result without the rejections, skips and warnings that hold an erased member's
 * values, nor any rejection of a row removed from its rejected-rows file; the counts stay.
 */
export function forgetInImportResult(result: JobState['result'], erased: ErasedValues, removedRows: ReadonlySet<number>): JobState['result'] {
  const parsed = importResult.safeParse(result);
  if (!parsed.success) return result;
  const holds = (entry: { value: string | null; message: string }) => erased.equals(entry.value) || erased.mentionedIn(entry.message);
  const { rejected, skips, warnings } = parsed.data;
  const redacted: ImportResult = {
    ...parsed.data,
    rejected: rejected.filter((r) => !holds(r) && !removedRows.has(r.row)),
    skips: skips.filter((s) => !holds(s)),
    warnings: warnings.filter((w) => !holds(w)),
  };
  return redacted;
}
