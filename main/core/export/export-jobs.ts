import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile, ExportResult } from '@api/export';
import type { JobState } from '@api/jobs';
import { csvOptionsProblem, resolveCsvOptions, type CsvOptions, type CsvSettings } from '@model/csv/csv-options';
import { previewCsv, type CsvCell, type CsvPreview } from '@model/csv/csv-preview';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { writeCsv, type CsvSource } from '../files/csv/csv-writer';
import { scratchFileName, sweepScratchFiles } from '../files/owned-files';
import { safeWrite } from '../files/safe-writer';
import type { JobContext, JobRegistry } from '../jobs/job-registry';

/** Rows an export reads from the database at a time: one query per page, and a checkpoint (progress, cancel) between pages. */
export const EXPORT_PAGE_ROWS = 1000;

/** A table to export, read page by page; `pages` may stop at any page (the preview takes the first rows only). */
export interface ExportTable {
  header: readonly string[];
  pages: () => AsyncIterable<readonly (readonly CsvCell[])[]>;
}

/** One export: its table, the file name to offer, how many rows to expect, and what to do once written. */
export interface ExportPlan {
  kind: string;
  table: ExportTable;
  fileName: string;
  /** Rows expected, for progress (null: unknown). */
  total: number | null;
  /** A second file written beside the first (a wide export's codebook). */
  beside?: { suffix: string; fileName: string; table: ExportTable };
  /** Run once the file is in place (an audit entry), with the rows written. */
  written?: (rows: number) => Promise<void>;
}

export interface ExportTarget {
  path?: string;
  replace: boolean;
}

/** The rows of a table, page by page, with a checkpoint before each page: progress is reported and a cancel stops the export there. */
async function* checkedRows(table: ExportTable, job: JobContext, total: number | null): AsyncGenerator<readonly CsvCell[]> {
  let done = 0;
  for await (const page of table.pages()) {
    await job.checkpoint();
    for (const row of page) yield row;
    done += page.length;
    job.progress(done, total, 'jobs.phase.exportWrite');
  }
}

/** The options of an export's settings, refused (VALIDATION) when they cannot be written. */
export function exportOptions(settings: CsvSettings): CsvOptions {
  const options = resolveCsvOptions(settings);
  const problem = csvOptionsProblem(options);
  if (problem) throw new AppError('VALIDATION', problem.message, { key: problem.key, issues: [{ path: problem.path, message: problem.message }] });
  return options;
}

/** The header and first 20 rows of a table as they will be written. */
export async function previewTable(table: ExportTable, options: CsvOptions): Promise<CsvPreview> {
  const rows: (readonly CsvCell[])[] = [];
  for await (const page of table.pages()) {
    rows.push(...page);
    if (rows.length >= 20) break;
  }
  return previewCsv(table.header, rows, options);
}

/** `/a/b/responses.csv` and `.codebook.csv` → `/a/b/responses.codebook.csv`. */
const besidePath = (file: string, suffix: string) => path.join(path.dirname(file), `${path.basename(file, path.extname(file))}${suffix}`);

/**
 * The export jobs of one running workbench. A file goes where the caller said (a path from the save
 * dialog, through the call's safe writer: allowed folders only, never a workspace), or, without a
 * path, into the workbench's own exports folder, offered once as a download in the browser host.
 * Those kept files are deleted when the workbench stops (swept at the next start) and when a
 * member is erased.
 */
export class ExportJobs {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly homeDir: string,
  ) {}

  private get dir(): string {
    return path.join(this.homeDir, 'exports');
  }

  /** Deletes the exports a workbench that has ended kept. */
  sweep(): void {
    sweepScratchFiles(this.dir, '.csv');
  }

  /** Deletes every kept export (an erasure: they may hold the member's data). */
  async discardKept(): Promise<void> {
    const names = fs.existsSync(this.dir) ? await fs.promises.readdir(this.dir) : [];
    await Promise.all(names.map((n) => fs.promises.rm(path.join(this.dir, n), { force: true })));
  }

  start(ctx: CallContext, plan: ExportPlan, options: CsvOptions, target: ExportTarget): JobState {
    const targetPath = target.path;
    const write = async (job: JobContext, file: string | null, table: ExportTable, fileName: string, total: number | null): Promise<ExportedFile> => {
      const [where, save] = file === null ? [path.join(this.dir, scratchFileName('.csv')), safeWrite] : [file, ctx.files.save];
      const source: CsvSource = { header: table.header, rows: checkedRows(table, job, total) };
      const written = await writeCsv({ save }, where, source, options, { replace: target.replace, signal: job.signal });
      const name = file === null ? fileName : path.basename(written.path);
      return { path: written.path, fileName: name, rows: written.rows, sizeBytes: written.sizeBytes, downloadId: ctx.files.offer(written.path, name) };
    };
    return this.jobs.start(plan.kind, async (job): Promise<ExportResult> => {
      job.progress(0, plan.total, 'jobs.phase.exportWrite');
      const main = await write(job, targetPath ?? null, plan.table, plan.fileName, plan.total);
      await plan.written?.(main.rows);
      const beside = plan.beside;
      const codebook = beside ? await write(job, targetPath ? besidePath(targetPath, beside.suffix) : null, beside.table, beside.fileName, null) : null;
      return { ...main, codebook };
    });
  }
}
