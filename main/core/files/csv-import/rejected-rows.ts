import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { foldText } from '@model/fold-text';
import type { ImportLanguage, ImportRejection } from '@api/csv-import';
import type { JobState } from '@api/jobs';
import { unguard } from '@model/csv/csv-guard';
import { csvPresetOptions, type CsvDelimiter, type CsvOptions } from '@model/csv/csv-options';
import { AppError } from '../../errors';
import { CSV_BOM, encodeCsvRecords, encodeCsvRows } from '../csv/csv-writer';
import { appendScratchFile, scratchFileName, sweepScratchFiles } from '../owned-files';
import { safeWrite } from '../safe-writer';
import { rejectedCsvHeader, rejectionText, type RejectionTranslations } from './rejection-texts';

/** The folder under the user-data folder where imports keep their rejected rows. */
const REJECTED_ROWS_FOLDER = 'import-rejects';
const EXTENSION = '.csv';

/** Rejected-rows files are kept a week, then cleared when the next import starts. */
const REJECTS_KEPT_MS = 7 * 24 * 3600 * 1000;

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
    /** The import's own reasons in Chinese and Russian. */
    private readonly translations: RejectionTranslations,
  ) {
    this.options = csvPresetOptions('excelLocal', language);
  }

  async write(rows: readonly { row: number; fields: readonly string[]; errors: readonly ImportRejection[] }[]): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((r) => [String(r.row), r.errors.map((e) => rejectionText(e, this.language, this.translations)).join(' '), ...r.fields]);
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

/** A finished import job's rejected rows: where they are, what to call the file, how many. */
export interface RejectedRowsFile {
  path: string;
  fileName: string;
  rows: number;
}

/**
 * The rejected rows of the import jobs of one running workbench (members and responses alike): one
 * file per job in import-rejects/, known by the job's id until the workbench stops, a week at most.
 */
export class RejectedRowsFiles {
  private readonly files = new Map<string, { path: string; rowsOf: (result: JobState['result']) => number }>();

  constructor(private readonly homeDir: string) {}

  get dir(): string {
    return path.join(this.homeDir, REJECTED_ROWS_FOLDER);
  }

  /** Deletes the files of workbench processes that have ended: their jobs, the only way to them, are gone. */
  sweep(): void {
    sweepScratchFiles(this.dir, EXTENSION);
  }

  /** A path for the rejected rows of an import starting now (its name carries this process's id); files older than a week go first. */
  reserve(now: Date): string {
    if (fs.existsSync(this.dir)) {
      const cutoff = now.getTime() - REJECTS_KEPT_MS;
      for (const name of fs.readdirSync(this.dir)) {
        const file = path.join(this.dir, name);
        if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
      }
    }
    return path.join(this.dir, scratchFileName(EXTENSION));
  }

  /** The job writing at that path; rowsOf reads the number of rejected rows from its result. */
  register(jobId: string, filePath: string, rowsOf: (result: JobState['result']) => number): void {
    this.files.set(jobId, { path: filePath, rowsOf });
  }

  /** A finished import job's rejected rows (NOT_FOUND when it has none to save). */
  of(job: JobState): RejectedRowsFile {
    const file = this.files.get(job.id);
    const rows = file && job.state === 'succeeded' ? file.rowsOf(job.result) : 0;
    if (!file || rows === 0 || !fs.existsSync(file.path)) {
      throw new AppError('NOT_FOUND', `Import job ${job.id} has no rejected rows to save.`, { key: 'import.rejected.none', params: { jobId: job.id } });
    }
    return { path: file.path, fileName: `rejected-rows-${job.startedAt.slice(0, 10)}.csv`, rows };
  }

  /** Removes an erased member's rows from every file; answers, per job, the numbers of the rows removed. */
  async forget(erased: ErasedValues): Promise<Map<string, ReadonlySet<number>>> {
    const removed = await forgetInRejectedRows(this.dir, erased);
    const byJob = new Map<string, ReadonlySet<number>>();
    for (const [jobId, file] of this.files) {
      const rows = removed.get(file.path);
      if (rows) byJob.set(jobId, rows);
    }
    return byJob;
  }
}
