import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../main/api/member-import';
import { call } from '../../../support/call';
import { tempDir } from '../../../support/temp-dir';
import { failure } from '../panel-session';
import { importSession, type ImportSession } from './support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
];
const rows = ['id,name,email', '1,Ann,ann@example.com', '2,Борис,bob(at)example.com', '3,王芳,wang@'].join('\n');

/** A finished valid-rows import with two rejected rows: its job id. */
async function importWithRejections(t: ImportSession): Promise<string> {
  const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('in.csv', rows) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
  await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
  return jobId;
}

describe('imports.rejectedCsv with a path (the desktop app, after its save dialog)', () => {
  it('saves the same CSV there, in a new folder if needed, offers no download, and replaces a file already there when asked to', async () => {
    const t = await importSession();
    const jobId = await importWithRejections(t);
    const kept = await call(t.dispatch, 'imports.rejectedCsv', { jobId });
    const target = path.join(t.dir, 'fixes', 'to fix.csv');

    const saved = await call(t.dispatch, 'imports.rejectedCsv', { jobId, path: target });
    expect(saved).toEqual({ path: target, fileName: 'to fix.csv', rows: 2, downloadId: null });
    const text = fs.readFileSync(target, 'utf8');
    expect(text).toBe(fs.readFileSync(kept.path, 'utf8'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => [r.import_row, r.name, r.email])).toEqual([
      ['2', 'Борис', 'bob(at)example.com'],
      ['3', '王芳', 'wang@'],
    ]);

    fs.writeFileSync(target, 'old content');
    await call(t.dispatch, 'imports.rejectedCsv', { jobId, path: target, replace: true });
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
  });

  it('refuses a path outside the allowed folders and writes nothing there', async () => {
    const t = await importSession();
    const jobId = await importWithRejections(t);
    const outside = path.join(tempDir(), 'rejected.csv');
    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: outside })).toMatchObject({ code: 'FORBIDDEN', key: 'errors.pathNotAllowed' });
    expect(fs.existsSync(outside)).toBe(false);
  });

  it('writes nothing for an import without rejected rows', async () => {
    const t = await importSession();
    const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('ok.csv', 'id,name\n1,Ann\n') }, mapping: mapping.slice(0, 2), onDuplicate: 'skip' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    const target = path.join(t.dir, 'rejected.csv');
    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: target })).toMatchObject({ code: 'NOT_FOUND', key: 'import.rejected.none' });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('says where it could not write, with the path', async () => {
    const t = await importSession();
    const jobId = await importWithRejections(t);
    const folder = path.join(t.dir, 'a-folder.csv');
    fs.mkdirSync(folder);
    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: folder })).toMatchObject({
      code: 'VALIDATION',
      key: 'errors.pathIsFolder',
      params: { path: folder },
      message: expect.stringContaining(`${folder} is a folder`),
    });
  });
});
