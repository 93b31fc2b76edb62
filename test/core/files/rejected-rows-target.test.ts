import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../main/api/member-import';
import { call } from '../../support/call';
import { failure } from '../panel/panel-session';
import { importSession, type ImportSession } from '../panel/import/support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
];
const rows = ['id,name,email', '1,Ann,ann@example.com', '2,Борис,bob(at)example.com'].join('\n');

/** A finished valid-rows import with one rejected row: its job id. */
async function importWithRejection(t: ImportSession): Promise<string> {
  const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('in.csv', rows) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
  await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
  return jobId;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

describe('imports.rejectedCsv never writes over a workspace', () => {
  it('refuses the path of the open workspace with CONFLICT, and the workspace keeps its members and opens again', async () => {
    const t = await importSession();
    const jobId = await importWithRejection(t);
    const workspace = t.session.workspace.path;
    const before = fs.readFileSync(workspace).subarray(0, 16);
    expect(before.equals(SQLITE_HEADER)).toBe(true);

    for (const replace of [false, true]) {
      const error = await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: workspace, replace });
      expect(error).toMatchObject({ code: 'CONFLICT', key: 'errors.writeOntoWorkspace', params: { path: workspace } });
      expect(error.message).toContain('never writes over a workspace');
    }
    expect((await call(t.dispatch, 'workspace.info', {})).counts.members).toBe(1);
    await t.session.closeWorkspace();
    expect(fs.readFileSync(workspace).subarray(0, 16).equals(SQLITE_HEADER)).toBe(true);
    expect((await call(t.dispatch, 'workspace.open', { path: workspace })).counts.members).toBe(1);
  });

  it('refuses any other SQLite database, and the -wal, -shm, -journal and .lock beside a workspace', async () => {
    const t = await importSession();
    const jobId = await importWithRejection(t);
    const workspace = t.session.workspace.path;
    const other = path.join(t.dir, 'other.sqlite');
    await call(t.dispatch, 'workspace.create', { path: other });
    await call(t.dispatch, 'workspace.open', { path: workspace });
    // Not named .sqlite: the header says what it is.
    const renamed = path.join(t.dir, 'backup.db');
    fs.copyFileSync(other, renamed);
    const targets = [other, renamed, `${workspace}-wal`, `${workspace}-shm`, `${workspace}-journal`, `${workspace}.lock`, `${other}-wal`, `${other}.lock`];
    for (const target of targets) {
      const existed = fs.existsSync(target) ? fs.readFileSync(target).toString('base64') : null;
      expect({ target, error: await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: target, replace: true }) }).toMatchObject({
        target,
        error: { code: 'CONFLICT', key: 'errors.writeOntoWorkspace' },
      });
      expect(fs.existsSync(target) ? fs.readFileSync(target).toString('base64') : null).toBe(existed);
    }
    expect((await call(t.dispatch, 'workspace.open', { path: other })).path).toBe(other);
  });

  it('refuses to replace an existing file unless the call says replace: true', async () => {
    const t = await importSession();
    const jobId = await importWithRejection(t);
    const target = path.join(t.dir, 'fix me.csv');
    fs.writeFileSync(target, 'my own notes');

    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: target })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.fileExists',
      params: { path: target },
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('my own notes');

    const saved = await call(t.dispatch, 'imports.rejectedCsv', { jobId, path: target, replace: true });
    expect(saved).toMatchObject({ path: target, rows: 1 });
    expect(fs.readFileSync(target, 'utf8')).toContain('Борис');
    // Nothing but the saved file is left in the folder: no temporary file.
    expect(fs.readdirSync(t.dir).filter((name) => name.includes('icw-tmp'))).toEqual([]);
  });

  it('refuses a folder with a clear VALIDATION message', async () => {
    const t = await importSession();
    const jobId = await importWithRejection(t);
    const folder = path.join(t.dir, 'a-folder.csv');
    fs.mkdirSync(folder);
    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId, path: folder, replace: true })).toMatchObject({
      code: 'VALIDATION',
      key: 'errors.pathIsFolder',
      params: { path: folder },
    });
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
