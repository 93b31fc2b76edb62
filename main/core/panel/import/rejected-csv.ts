import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ImportLanguage } from '@api/member-import';
import { rejectedCsvHeader, rejectionText } from './rejection-texts';
import type { Rejection } from './row-checks';

/**
 * The rejected rows of one import as a CSV the user can fix and import again: the row number and
 * the reasons first, in the user's language (so rows with a wrong number of fields still line up), then the original
 * columns as read. UTF-8 with a byte-order mark, so Excel opens it in any language. Written as the
 * rows are checked, so it never has to be held in memory.
 */
export class RejectedCsvWriter {
  private started = false;
  rows = 0;

  constructor(
    readonly filePath: string,
    private readonly header: readonly string[],
    /** The language of the reasons and of the two columns the workbench adds. */
    private readonly language: ImportLanguage,
  ) {}

  async write(rows: readonly { row: number; fields: readonly string[]; errors: readonly Rejection[] }[]): Promise<void> {
    if (rows.length === 0) return;
    const data = rows.map((r) => [String(r.row), r.errors.map((e) => rejectionText(e, this.language)).join(' '), ...r.fields]);
    let text = Papa.unparse(data, { newline: '\r\n' }) + '\r\n';
    if (!this.started) {
      await fs.promises.mkdir(path.dirname(this.filePath), { recursive: true });
      text = `\uFEFF${Papa.unparse([[...rejectedCsvHeader(this.language), ...this.header]], { newline: '\r\n' })}\r\n${text}`;
      await fs.promises.writeFile(this.filePath, text, { flag: 'w' });
      this.started = true;
    } else {
      await fs.promises.appendFile(this.filePath, text);
    }
    this.rows += rows.length;
  }

  /** Removes the file (the import failed or was cancelled, so its rejections mean nothing). */
  async discard(): Promise<void> {
    await fs.promises.rm(this.filePath, { force: true });
    this.rows = 0;
  }
}
