import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../main/api/member-import';
import { rejection } from '../../../../main/core/panel/import/issues';
import { ErasedValues, forgetInRejectedRows, RejectedCsvWriter } from '../../../../main/core/files/csv-import/rejected-rows';
import { memberRejectionTexts } from '../../../../main/core/panel/import/member-rejection-texts';
import { call } from '../../../support/call';
import { tempDir } from '../../../support/temp-dir';
import { importSession } from './support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'phone', target: 'phone' },
];
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","click")';
const PHONE = '+44 20 7946 0958';

const readRejected = (file: string, delimiter: string) => Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

describe('the rejected-rows CSV', () => {
  it('is written like an "Excel in this language" export: Russian gets semicolons, hostile cells are guarded, and once fixed it imports the values they held', async () => {
    const t = await importSession();
    const file = t.file('in.csv', ['name,email,phone', `"${HOSTILE_NAME.replace(/"/g, '""')}",bad(at)example.com,${PHONE}`, 'Ann,ann@example.com,+7 495 123-45-67'].join('\n'));
    const { jobId } = await call(t.dispatch, 'members.import', { file: { path: file }, mapping, onDuplicate: 'skip', mode: 'valid-rows', language: 'ru' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    const rejected = await call(t.dispatch, 'imports.rejectedCsv', { jobId });
    expect(fs.readFileSync(rejected.path, 'utf8').startsWith('\uFEFFстрока_импорта;ошибка_импорта;name;email;phone\r\n')).toBe(true);
    const [header, row] = readRejected(rejected.path, ';');
    expect(row!.slice(2)).toEqual([`'${HOSTILE_NAME}`, 'bad(at)example.com', `'${PHONE}`]);

    // Fixed in a spreadsheet, which saves the cells as it shows them (the apostrophes included).
    const fixed = Papa.unparse([header!.slice(2), [row![2]!, 'fixed@example.com', row![4]!]], { delimiter: ';' });
    const again = await t.imported({ file: { path: t.file('fixed.csv', fixed) }, mapping, onDuplicate: 'skip' });
    expect(again).toMatchObject({ committed: true, inserted: 1, rejectedCount: 0 });
    const stored = await t.db().reader.all<{ name: string; phone: string }>("SELECT name, phone FROM member WHERE email = 'fixed@example.com'");
    expect(stored).toEqual([{ name: HOSTILE_NAME, phone: PHONE }]);
  });

  it('loses an erased member’s guarded phone number, and keeps the other rows guarded once', async () => {
    const dir = tempDir();
    const writer = new RejectedCsvWriter(path.join(dir, 'rejects.csv'), ['name', 'phone'], 'en', memberRejectionTexts);
    const emailReason = [rejection(1, 'email', 'x', 'invalidEmail')];
    await writer.write([
      { row: 1, fields: ['Zed', PHONE], errors: emailReason },
      { row: 2, fields: ['@Olga', '+7 495 123-45-67'], errors: emailReason },
    ]);
    const removed = await forgetInRejectedRows(dir, new ErasedValues([PHONE]));
    expect([...removed.get(writer.filePath)!]).toEqual([1]);
    expect(readRejected(writer.filePath, ',')).toEqual([
      ['import_row', 'import_error', 'name', 'phone'],
      ['2', "Column 'email': 'x' is not an email address.", "'@Olga", "'+7 495 123-45-67"],
    ]);
  });
});
