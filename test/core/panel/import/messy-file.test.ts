import { describe, expect, it } from 'vitest';
import { call } from '../../../support/call';
import { failure } from '../panel-session';
import { detectEncoding } from '../../../../main/core/files/csv-import/encoding';
import { importSession, type ImportSession } from './support/import-fixture';
import { legacyEncode } from './support/legacy-encode';
import { BAD_EMAIL_ROWS, messyCsv, messyMapping, messyRows, windows1252Line } from './support/messy-csv';

const ROWS = 400;

const memberByExternalId = (t: ImportSession, id: string) =>
  t.db().reader.get<{ id: number; name: string; email: string; city: string; gender: string; birth_year: number; joined_at: string }>(
    'SELECT id, name, email, city, gender, birth_year, joined_at FROM member WHERE external_id = ?',
    [id],
  );

/** The panel after importing the messy file once (valid rows), and the same file's second edition. */
async function panelFromMessyFile() {
  const t = await importSession();
  const first = await t.imported({ file: { path: t.file('members.csv', messyCsv(messyRows(ROWS))) }, mapping: messyMapping, onDuplicate: 'skip', mode: 'valid-rows' });
  return { ...t, first, second: t.file('members-v2.csv', messyCsv(messyRows(ROWS, 2))) };
}

describe('the messy file: duplicates inside the file', () => {
  it('reads BOM, CRLF and quoted newlines, rejects the bad emails and skips in-file repeats, listing them apart from the warnings', async () => {
    const t = await panelFromMessyFile();
    expect(t.first).toMatchObject({ committed: true, rows: ROWS, inserted: ROWS - 4, skipped: 2, rejectedCount: 2, warningCount: 0 });
    expect(t.first.rejected.map((r) => [r.row, r.column])).toEqual(BAD_EMAIL_ROWS.map((row) => [row, 'email']));
    expect(t.first.skips.map((s) => [s.code, s.rows])).toEqual([['duplicateInFile', [200, 333]]]);
    expect((await memberByExternalId(t, 'C00025'))!.city).toBe(`${messyRows(25)[24]!.city}\r\n(district 2)`);
  });

  it('update: row 333, which reuses row 332’s email, never overwrites the member row 332 updated', async () => {
    const t = await panelFromMessyFile();
    const before = (await memberByExternalId(t, 'C00332'))!;
    const result = await t.imported({ file: { path: t.second }, mapping: messyMapping, onDuplicate: 'update', mode: 'valid-rows' });
    const v2 = messyRows(ROWS, 2);
    expect(result).toMatchObject({ committed: true, inserted: 0, updated: ROWS - 4, skipped: 2, rejectedCount: 2 });
    expect(result.skips.map((s) => [s.code, s.rows])).toEqual([['duplicateInFile', [200, 333]]]);
    expect(result.warnings.map((w) => w.code)).not.toContain('duplicateInFile');
    const after = (await memberByExternalId(t, 'C00332'))!;
    expect(after).toMatchObject({ id: before.id, name: v2[331]!.name, city: v2[331]!.city, gender: v2[331]!.gender, birth_year: Number(v2[331]!.birthYear) });
    expect(await memberByExternalId(t, 'C00333')).toBeUndefined();
  });

  it('keep both and skip report rows that repeat each other as in-file duplicates too', async () => {
    for (const onDuplicate of ['keepBoth', 'skip'] as const) {
      const t = await importSession();
      const rows = messyRows(ROWS);
      rows[332]!.id = 'C00332'; // row 333 now repeats row 332's external id as well
      const result = await t.imported({ file: { path: t.file('x.csv', messyCsv(rows)) }, mapping: messyMapping, onDuplicate, mode: 'valid-rows' });
      expect(result).toMatchObject({ inserted: ROWS - 4, skipped: 2, rejectedCount: 2 });
      expect(result.skips.map((s) => [s.code, s.rows])).toEqual([['duplicateInFile', [200, 333]]]);
    }
  });

  it('update: two rows of the file that match the same panel member do not both update it', async () => {
    const t = await panelFromMessyFile();
    const rows = messyRows(3, 2);
    rows[0]!.email = 'new1@example.com';
    rows[2]!.id = 'C99999';
    rows[2]!.email = 'm1@example.com'; // row 3 matches member C00001 by email, row 1 by external id
    const result = await t.imported({ file: { path: t.file('same.csv', messyCsv(rows)) }, mapping: messyMapping, onDuplicate: 'update' });
    expect(result).toMatchObject({ updated: 2, skipped: 1 });
    expect(result.skips.map((s) => [s.code, s.rows])).toEqual([['sameMemberInFile', [3]]]);
    expect((await memberByExternalId(t, 'C00001'))!.name).toBe(rows[0]!.name);
  });

  it('all or nothing: the report counts and lists the duplicate rows it would skip', async () => {
    const t = await importSession();
    const result = await t.imported({ file: { path: t.file('members.csv', messyCsv(messyRows(ROWS))) }, mapping: messyMapping, onDuplicate: 'skip' });
    expect(result).toMatchObject({ committed: false, inserted: 0, skipped: 2, rejectedCount: 2 });
    expect(result.skips.map((s) => [s.code, s.rows])).toEqual([['duplicateInFile', [200, 333]]]);
    expect(await t.members()).toEqual([]);
  });
});

describe('undoing an import that updated members', () => {
  const undo = async (t: ImportSession, batchId: number) => {
    const { jobId } = await call(t.dispatch, 'imports.undo', { batchId });
    return call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
  };
  const undoRows = (t: ImportSession) => t.db().reader.all<{ batch_id: number; member_id: number }>('SELECT batch_id, member_id FROM import_undo ORDER BY member_id');

  it('puts the old values back, removes the tags it added, and keeps the old values out of the audit log', async () => {
    const t = await panelFromMessyFile();
    const before = await t.db().reader.all('SELECT id, external_id, name, name_key, email, email_key, city, gender, birth_year, joined_at, updated_at FROM member ORDER BY id');
    const mapping = [...messyMapping, { column: 'gender', target: 'tag:Women' as const, recode: { female: 'yes', male: 'no' } }];
    mapping.splice(4, 1);
    const { batchId, updated } = await t.imported({ file: { path: t.second }, mapping, onDuplicate: 'update', mode: 'valid-rows' });
    expect(updated).toBe(ROWS - 4);
    expect(await undoRows(t)).toHaveLength(ROWS - 4);
    const { items } = await call(t.dispatch, 'imports.list', {});
    expect(items[0]).toMatchObject({ id: batchId, undo: 'available', skipped: 2 });
    const audit = await t.db().reader.all<{ details: string }>('SELECT details FROM audit_log');
    expect(audit.map((a) => a.details).join(' ')).not.toMatch(/José|m332@|Zürich/);

    const job = await undo(t, batchId!);
    expect(job).toMatchObject({ state: 'succeeded', result: { removed: 0, restored: ROWS - 4 } });
    const after = await t.db().reader.all('SELECT id, external_id, name, name_key, email, email_key, city, gender, birth_year, joined_at, updated_at FROM member ORDER BY id');
    expect(after.map((m) => ({ ...(m as object), updated_at: undefined }))).toEqual(before.map((m) => ({ ...(m as object), updated_at: undefined })));
    expect((await call(t.dispatch, 'tags.list', {})).tags).toEqual([]);
    expect(await undoRows(t)).toEqual([]);
  });

  it('is refused once a member it updated was edited since, and after the undo expired (which purges the old values)', async () => {
    const t = await panelFromMessyFile();
    const { batchId } = await t.imported({ file: { path: t.second }, mapping: messyMapping, onDuplicate: 'update', mode: 'valid-rows' });
    const member = (await memberByExternalId(t, 'C00007'))!;
    await call(t.dispatch, 'members.update', { memberId: member.id, patch: { city: 'Oslo' } });
    expect(await failure(t.dispatch, 'imports.undo', { batchId: batchId! })).toMatchObject({ code: 'CONFLICT', key: 'import.undo.touched' });
    expect((await call(t.dispatch, 'imports.list', {})).items[0]).toMatchObject({ undo: 'touched' });

    await t.db().writer.transaction((tx) => tx.run("UPDATE import_batch SET undo_until = '2000-01-01T00:00:00.000Z' WHERE id = ?", [batchId!]));
    expect((await call(t.dispatch, 'imports.list', {})).items[0]).toMatchObject({ undo: 'expired' });
    expect(await undoRows(t)).toEqual([]);
    expect(await failure(t.dispatch, 'imports.undo', { batchId: batchId! })).toMatchObject({ code: 'CONFLICT', key: 'import.undo.expired' });
  });

  it('erasing a member purges the old values kept for the undo', async () => {
    const t = await panelFromMessyFile();
    await t.imported({ file: { path: t.second }, mapping: messyMapping, onDuplicate: 'update', mode: 'valid-rows' });
    const member = (await memberByExternalId(t, 'C00007'))!;
    await call(t.dispatch, 'members.erase', { memberId: member.id, reason: 'asked by email' });
    const rows = await undoRows(t);
    expect(rows).toHaveLength(ROWS - 5);
    expect(rows.map((r) => r.member_id)).not.toContain(member.id);
  });

  it('an import that only skipped or changed nothing offers no undo', async () => {
    const t = await panelFromMessyFile();
    await t.imported({ file: { path: t.second }, mapping: messyMapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect((await call(t.dispatch, 'imports.list', {})).items.map((b) => [b.inserted, b.updated, b.skipped, b.undo])).toEqual([
      [0, 0, ROWS - 2, 'nothing'],
      [ROWS - 4, 0, 2, 'available'],
    ]);
  });
});

describe('the messy file: bad input', () => {
  it.each([
    ['without', false],
    ['with', true],
  ])('a windows-1252 line in a UTF-8 file %s BOM: read as UTF-8, the line named with its readings, and that row rejected, not garbled', async (_label, bom) => {
    const t = await importSession();
    const rows = messyRows(40);
    const file = t.file('mixed.csv', messyCsv(rows, new Map([[7, windows1252Line(rows[7]!)]]), bom));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.encoding.used).toBe('utf-8');
    const mixed = preview.problems.find((p) => p.code === 'mixedEncoding')!;
    expect(mixed).toMatchObject({ severity: 'error', rows: [8], params: { lines: '9' } });
    expect(mixed.message).toContain("windows-1252: 'C00008,José Müller 8,");
    expect(preview.problems.map((p) => p.code)).not.toContain('undecodable');
    const result = await t.imported({ file: { path: file }, mapping: messyMapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result.rejected.map((r) => [r.row, r.column, r.key])).toEqual([[8, 'name', 'import.issue.undecodable'], [8, 'city', 'import.issue.undecodable']]);
    const names = (await t.members()).map((m) => m.name!);
    expect(names).toHaveLength(39);
    expect(names.filter((n) => /[A-Za-z][\u3400-\u9fff]/.test(n))).toEqual([]);
  });

  it('never picks an encoding under which UTF-8 accented letters read as Chinese inside Latin words', () => {
    // Most lines are windows-1252, so the file is not UTF-8 with stray lines; but read as GB18030 'José' would become 'Jos茅'.
    const sample = Buffer.concat([
      Buffer.from('name,city\n王伟,北京\nJosé Müller,Zürich\n李娜,上海\n', 'utf8'),
      legacyEncode('Zoë Brontë,Köln\nRené Lefèvre,Málaga\nAna Núñez,León\nBob,Köln\n', 'windows-1252'),
    ]);
    expect(detectEncoding(sample).encoding).toBe('windows-1252');
  });

  it('a NUL or another control character inside a value is a row error naming the row and the column; tab and newline in quotes are fine', async () => {
    const t = await importSession();
    const rows = messyRows(6);
    rows[2]!.name = 'Ann\u0000Lee';
    rows[3]!.city = 'Oslo\u001b[31m';
    rows[4]!.city = 'Tab\there';
    const result = await t.imported({ file: { path: t.file('nul.csv', messyCsv(rows)) }, mapping: messyMapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result.rejected.map((r) => [r.row, r.column, r.key, r.params.char])).toEqual([
      [3, 'name', 'import.issue.controlChar', 'U+0000'],
      [4, 'city', 'import.issue.controlChar', 'U+001B'],
    ]);
    expect(result.rejected[0]!.message).toBe("Column 'name': Contains the control character U+0000, which no member field may hold; remove it.");
    expect(result.inserted).toBe(4);
    expect((await memberByExternalId(t, 'C00005'))!.city).toBe('Tab\there');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: t.file('nul.csv', messyCsv(rows)) } });
    expect(preview.problems.find((p) => p.code === 'controlChars')).toMatchObject({ rows: [3, 4] });
  });

  it('a 5 MB line without any quote is reported as too long, with its length and the limit', async () => {
    const t = await importSession();
    const lines = ['name,email', 'Ann,ann@example.com', `Bob,${'x'.repeat(5_000_000)}`, 'Cy,cy@example.com'];
    const file = t.file('long.csv', `${lines.join('\n')}\n`);
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    const problem = preview.problems.find((p) => p.code === 'lineTooLong')!;
    // The preview reads the first MiB: row 2 fills it after the header and row 1.
    const read = (1024 * 1024 - `${lines[0]}\n${lines[1]}\n`.length).toLocaleString('en-US');
    expect(problem.message).toBe(`Row 2 is longer than ${read} characters (as far as the preview read); a row may have at most 262,144. No quote is open in it: the line itself is too long.`);
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: [{ column: 'name', target: 'name' }], onDuplicate: 'skip' });
    expect(error.message).toBe('Row 2 is 5,000,004 characters long; a row may have at most 262,144. No quote is open in it: the line itself is too long. Nothing was imported.');
  });

  it('an unbalanced quote leads the refusal, before the field-count mismatch it causes', async () => {
    const t = await importSession();
    const file = t.file('quote.csv', 'name,email,city\n"Ann,ann@example.com,Oslo\nBob,bob@example.com,Rome\nCy,cy@example.com,Paris\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.problems.map((p) => p.code).slice(0, 2)).toEqual(['quotes', 'headerFieldCount']);
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: [{ column: 'name', target: 'name' }], onDuplicate: 'skip' });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'import.problem.quoteShiftsRows', params: { rows: '1' } });
    expect(error.message).toMatch(/^Row 1 has a misplaced or unclosed quote/);
  });
});

describe('consent in an import', () => {
  it('a consent column understands granted/withdrawn/unknown in English, Chinese and Russian words, yes/no and 1/0', async () => {
    const t = await importSession();
    const values = ['granted', '已同意', 'согласен', 'yes', '1', 'withdrawn', '已撤回', 'отозвано', 'no', '0', 'unknown', '未知'];
    const csv = `name,consent\n${values.map((v, i) => `M${i},${v}`).join('\n')}\n`;
    const result = await t.imported({ file: { path: t.file('c.csv', csv) }, mapping: [{ column: 'name', target: 'name' }, { column: 'consent', target: 'consentStatus' }], onDuplicate: 'skip' });
    expect(result.warningCount).toBe(0);
    const statuses = await t.db().reader.all<{ consent_status: string }>('SELECT consent_status FROM member ORDER BY id');
    expect(statuses.map((s) => s.consent_status)).toEqual([...Array(5).fill('granted'), ...Array(5).fill('withdrawn'), 'unknown', 'unknown']);
  });

  it('one consent status for all rows, with its date and scope, recorded in the audit without personal data', async () => {
    const t = await importSession();
    const consent = { status: 'granted' as const, date: '2024-05-01', scope: 'Surveys by email' };
    const result = await t.imported({ file: { path: t.file('members.csv', messyCsv(messyRows(20))) }, mapping: messyMapping, onDuplicate: 'skip', consent });
    expect(result.inserted).toBe(20);
    const rows = await t.db().reader.all<{ consent_status: string; consent_date: string; consent_scope: string }>('SELECT DISTINCT consent_status, consent_date, consent_scope FROM member');
    expect(rows).toEqual([{ consent_status: 'granted', consent_date: '2024-05-01', consent_scope: 'Surveys by email' }]);
    const audit = await t.db().reader.get<{ details: string }>("SELECT details FROM audit_log WHERE action = 'members.import'");
    expect(JSON.parse(audit!.details)).toMatchObject({ consent });
  });

  it('refuses a consent for all rows beside a mapped consent column', async () => {
    const t = await importSession();
    const file = t.file('c.csv', 'name,consent\nAnn,yes\n');
    const error = await failure(t.dispatch, 'members.import', {
      file: { path: file },
      mapping: [{ column: 'name', target: 'name' }, { column: 'consent', target: 'consentStatus' }],
      onDuplicate: 'skip',
      consent: { status: 'granted', date: '2024-05-01' },
    });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'import.mapping.consentTwice' });
  });
});

describe('the rejected-rows CSV follows the language asked for, with the delimiter Excel expects in it', () => {
  it.each([
    ['ru', ';', 'строка_импорта', 'ошибка_импорта', 'не адрес электронной почты'],
    ['zh-CN', ',', '导入行', '导入错误', '不是电子邮件地址'],
    ['en', ',', 'import_row', 'import_error', 'is not an email address'],
  ] as const)('%s', async (language, delimiter, rowHeader, errorHeader, reason) => {
    const t = await importSession();
    const result = await t.runImport({ file: { path: t.file('members.csv', messyCsv(messyRows(120))) }, mapping: messyMapping, onDuplicate: 'skip', mode: 'valid-rows', language });
    const file = await call(t.dispatch, 'imports.rejectedCsv', { jobId: result.id });
    const text = (await import('node:fs')).readFileSync(file.path, 'utf8');
    const [header, first] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(delimiter).slice(0, 2)).toEqual([rowHeader, errorHeader]);
    expect(first).toContain(reason);
  });
});
