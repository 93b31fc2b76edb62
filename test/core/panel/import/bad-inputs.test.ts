import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call } from '../../../support/call';
import { failure } from '../panel-session';
import { importSession } from './support/import-fixture';

const nameEmail = [
  { column: 'name', target: 'name' as const },
  { column: 'email', target: 'email' as const },
];

describe('files that cannot be imported as they are', () => {
  it('an empty file: the preview says so and an import refuses', async () => {
    const t = await importSession();
    const file = t.file('empty.csv', '');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview).toMatchObject({ canImport: false, columns: [], problems: [{ code: 'empty', severity: 'error', message: 'The file is empty: there is nothing to import.' }] });
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: nameEmail, onDuplicate: 'skip' });
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'The file is empty: there is nothing to import.', key: 'import.problem.empty' });
  });

  it('a header without rows is refused', async () => {
    const t = await importSession();
    const file = t.file('header.csv', 'name,email\r\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.problems.map((p) => p.code)).toEqual(['noRows']);
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: nameEmail, onDuplicate: 'skip' });
    expect(error.message).toBe('The file has a header but no rows.');
  });

  it('a duplicate header name: the preview names it and its columns, and an import refuses', async () => {
    const t = await importSession();
    const file = t.file('dup.csv', 'name,Email,city,email\nAnn,ann@example.com,Oslo,ann@work.example.com\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        code: 'duplicateHeader',
        message: "The header names 'Email' more than once (columns 2, 4). Column names must be unique: rename the repeats and try again.",
      }),
    ]);
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: nameEmail, onDuplicate: 'skip' });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'import.problem.duplicateHeader' });
    expect(await t.members()).toEqual([]);
  });

  it('a 200 MB file is refused before it is read, with the limit and what to do', async () => {
    const t = await importSession();
    const file = t.file('huge.csv', 'name,email\nAnn,ann@example.com\n');
    fs.truncateSync(file, 200 * 1024 * 1024); // sparse: takes no disk space
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.bytesRead).toBe(1024 * 1024);
    expect(preview.canImport).toBe(false);
    const tooLarge = preview.problems.find((p) => p.code === 'tooLarge')!;
    expect(tooLarge.message).toBe(
      'The file is 200 MiB; an import takes at most 160 MiB (about 1,000,000 members with a dozen columns). Split it into smaller files and import them one after another.',
    );
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: nameEmail, onDuplicate: 'skip' });
    expect(error).toMatchObject({ code: 'LIMIT', message: tooLarge.message });
    expect(t.session.jobs.list()).toEqual([]);
  });
});

describe('quoting', () => {
  it('keeps quoted newlines, delimiters and quotes inside their field, and numbers rows by record', async () => {
    const t = await importSession();
    const csv = [
      'name,email,notes',
      '"Lee, Ann",ann@example.com,"first line\nsecond line"',
      'Bob,bob@example.com,"said ""hi"""',
      '"Cho\r\nMin",cho@example.com,plain',
      '',
      'Dee,not-an-email,x',
    ].join('\n');
    const file = t.file('quoted.csv', csv);
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.sample).toEqual([
      { row: 1, values: ['Lee, Ann', 'ann@example.com', 'first line\nsecond line'] },
      { row: 2, values: ['Bob', 'bob@example.com', 'said "hi"'] },
      { row: 3, values: ['Cho\r\nMin', 'cho@example.com', 'plain'] },
      { row: 4, values: ['Dee', 'not-an-email', 'x'] },
    ]);
    const result = await t.imported({ file: { path: file }, mapping: [...nameEmail, { column: 'notes', target: 'notes' }], onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result).toMatchObject({ rows: 4, inserted: 3, rejectedCount: 1 });
    expect(result.rejected).toEqual([
      { row: 4, column: 'email', value: 'not-an-email', message: "Column 'email': 'not-an-email' is not an email address.", key: 'import.issue.invalidEmail', params: { value: 'not-an-email', column: 'email' } },
    ]);
    const notes = await t.db().reader.all<{ name: string; notes: string }>('SELECT name, notes FROM member ORDER BY id');
    expect(notes).toEqual([
      { name: 'Lee, Ann', notes: 'first line\nsecond line' },
      { name: 'Bob', notes: 'said "hi"' },
      { name: 'Cho\r\nMin', notes: 'plain' },
    ]);
  });

  it('a quote never closed at the end of the file rejects that row', async () => {
    const t = await importSession();
    const file = t.file('open-quote.csv', 'name,email\nAnn,ann@example.com\n"Bob,bob@example.com\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.problems.find((p) => p.code === 'quotes')).toMatchObject({ rows: [2] });
    const result = await t.imported({ file: { path: file }, mapping: nameEmail, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result).toMatchObject({ inserted: 1, rejected: [expect.objectContaining({ row: 2, message: 'A quote in this row is misplaced or never closed.' })] });
  });

  it('a quote never closed early in a large file is refused with its row, not read to the end', async () => {
    const t = await importSession();
    const rows = Array.from({ length: 40_000 }, (_, i) => `Member ${i},m${i}@example.com`);
    rows.splice(3, 0, '"Broken,broken@example.com');
    const file = t.file('broken.csv', `name,email\n${rows.join('\n')}\n`);
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.problems.find((p) => p.code === 'recordTooLong')).toMatchObject({ rows: [4], message: 'Row 4 does not end within 262,144 characters: a quoted field is probably never closed (a missing ").' });
    const error = await failure(t.dispatch, 'members.import', { file: { path: file }, mapping: nameEmail, onDuplicate: 'skip' });
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Row 4 does not end within 262,144 characters: a quoted field is probably never closed (a missing ").' });
    expect(await t.members()).toEqual([]);
  });
});

describe('reading the layout', () => {
  it.each([
    ['comma', 'name,email,score\nAnn,ann@example.com,"3,5"\nBob,bob@example.com,4\n', ','],
    ['semicolon with decimal commas', 'name;email;score\nAnn;ann@example.com;3,5\nBob;bob@example.com;4,25\n', ';'],
    ['tab', 'name\temail\tscore\nAnn\tann@example.com\t3.5\n', '\t'],
    ['pipe', 'name|email|score\nAnn|ann@example.com|3.5\nBob|bob@example.com|4\n', '|'],
  ])('detects the %s delimiter', async (_label, text, delimiter) => {
    const t = await importSession();
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: t.file('d.csv', text) } });
    expect(preview.delimiter.detected).toBe(delimiter);
    expect(preview.columns.map((c) => c.name)).toEqual(['name', 'email', 'score']);
  });

  it('guesses whether the first row is a header, and the user can override it', async () => {
    const t = await importSession();
    const file = t.file('noheader.csv', 'Ann,ann@example.com,1990\nBob,bob@example.com,1985\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.hasHeader).toEqual({ detected: false, used: false });
    expect(preview.columns.map((c) => c.name)).toEqual(['Column 1', 'Column 2', 'Column 3']);
    const result = await t.imported({
      file: { path: file },
      mapping: [{ column: 'Column 1', target: 'name' }, { column: 'Column 3', target: 'birthYear' }],
      onDuplicate: 'skip',
    });
    expect(result).toMatchObject({ rows: 2, inserted: 2 });
    const forced = await call(t.dispatch, 'members.previewImport', { file: { path: file }, hasHeader: true });
    expect(forced.columns.map((c) => c.name)).toEqual(['Ann', 'ann@example.com', '1990']);
  });

  it('suggests targets for English, Chinese and Russian header names and O1–O10', async () => {
    const t = await importSession();
    const header = ['会员编号', 'Full Name', 'E-mail', '邮箱', 'Телефон', 'Страна', '城市', 'Sex', 'Возраст', 'Tags', 'O3', 'Openness_10', 'shoe size'];
    const file = t.file('h.csv', `${header.join(',')}\n${header.map(() => 'x').join(',')}\n`);
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.columns.map((c) => c.suggested)).toEqual([
      'externalId', 'name', 'email', null, 'phone', 'country', 'city', 'gender', 'age', 'tags', 'screener:ipip-openness:3', 'screener:ipip-openness:10', null,
    ]);
  });

  it('rows with a different number of fields are named in the preview and rejected on import', async () => {
    const t = await importSession();
    const file = t.file('ragged.csv', 'name,email\nAnn,ann@example.com\nBob,bob@example.com,extra\nCy,cy@example.com\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.canImport).toBe(true);
    expect(preview.problems).toEqual([expect.objectContaining({ code: 'fieldCount', rows: [2], message: 'Row 2 does not have 2 fields like the header; it would be rejected.' })]);
    const result = await t.imported({ file: { path: file }, mapping: nameEmail, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result.rejected).toEqual([expect.objectContaining({ row: 2, column: null, message: 'The row has 3 fields; the header has 2.' })]);
    expect((await t.members()).map((m) => m.name)).toEqual(['Ann', 'Cy']);
  });
});
