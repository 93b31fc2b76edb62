import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../main/core/session';
import { call } from '../support/call';
import { testSession, type TestSession } from '../support/workspace';
import { failure } from './panel/panel-session';

/** Every file and folder under dir, relative, sorted: what a call left behind. */
const tree = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .sort();

/** A session whose open workspace (open.sqlite, one member) must survive every failing call. */
async function withOpenWorkspace(): Promise<TestSession & { open: string }> {
  const t = testSession();
  const open = path.join(t.dir, 'open.sqlite');
  await call(t.dispatch, 'workspace.create', { path: open });
  await call(t.dispatch, 'members.create', { name: 'Ann' });
  return { ...t, open };
}

async function expectStillOpen(t: TestSession & { open: string }) {
  const info = await call(t.dispatch, 'workspace.info', {});
  expect(info.path).toBe(t.open);
  expect(info.counts.members).toBe(1);
}

describe('workspace.open that cannot open', () => {
  it('answers NOT_FOUND for a missing file and creates no folder, lock or database', async () => {
    const t = await withOpenWorkspace();
    const before = tree(t.dir);
    const missing = path.join(t.dir, 'no', 'such', 'folder', 'panel.sqlite');
    expect(await failure(t.dispatch, 'workspace.open', { path: missing })).toMatchObject({ code: 'NOT_FOUND', key: 'errors.workspaceMissing', params: { path: missing } });
    expect(await failure(t.dispatch, 'workspace.open', { path: path.join(t.dir, 'gone.sqlite') })).toMatchObject({ code: 'NOT_FOUND' });
    expect(tree(t.dir)).toEqual(before);
    await expectStillOpen(t);
  });

  it('answers VALIDATION for a folder, naming it', async () => {
    const t = await withOpenWorkspace();
    const folder = path.join(t.dir, 'studies.sqlite');
    fs.mkdirSync(folder);
    const before = tree(t.dir);
    const error = await failure(t.dispatch, 'workspace.open', { path: folder });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'errors.workspaceIsFolder', params: { path: folder } });
    expect(error.message).toContain('is a folder');
    expect(tree(t.dir)).toEqual(before);
    await expectStillOpen(t);
  });

  it('answers VALIDATION for a path too long for the file system', async () => {
    const t = await withOpenWorkspace();
    const before = tree(t.dir);
    const long = path.join(t.dir, `${'a'.repeat(300)}.sqlite`);
    const error = await failure(t.dispatch, 'workspace.open', { path: long });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'errors.pathTooLong' });
    expect(error.message).toContain('too long');
    expect(tree(t.dir)).toEqual(before);
    await expectStillOpen(t);
  });

  it('answers VALIDATION for a file that is not a SQLite database (a CSV, an empty file) and leaves it unchanged', async () => {
    const t = await withOpenWorkspace();
    const csv = path.join(t.dir, 'members.csv');
    fs.writeFileSync(csv, 'name,email\nAnn,ann@example.com\n');
    const empty = path.join(t.dir, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    const before = tree(t.dir);
    for (const file of [csv, empty]) {
      const content = fs.readFileSync(file);
      const mtime = fs.statSync(file).mtimeMs;
      expect(await failure(t.dispatch, 'workspace.open', { path: file })).toMatchObject({ code: 'VALIDATION', key: 'errors.notAWorkspace', params: { path: file } });
      expect(fs.readFileSync(file)).toEqual(content);
      expect(fs.statSync(file).mtimeMs).toBe(mtime);
    }
    expect(tree(t.dir)).toEqual(before);
    await expectStillOpen(t);
  });
});

describe('workspace.create', () => {
  it('never creates onto an existing file or onto the -wal, -shm or .lock of a workspace', async () => {
    const t = await withOpenWorkspace();
    const notes = path.join(t.dir, 'notes.sqlite');
    fs.writeFileSync(notes, 'mine');
    expect(await failure(t.dispatch, 'workspace.create', { path: notes })).toMatchObject({ code: 'CONFLICT', key: 'errors.fileExists' });
    expect(fs.readFileSync(notes, 'utf8')).toBe('mine');
    // A WAL left beside a missing workspace would be replayed into a new one.
    const orphanWal = path.join(t.dir, 'fresh.sqlite');
    fs.writeFileSync(`${orphanWal}-wal`, 'old wal');
    expect(await failure(t.dispatch, 'workspace.create', { path: orphanWal })).toMatchObject({ code: 'CONFLICT', key: 'errors.writeOntoWorkspace' });
    expect(fs.existsSync(orphanWal)).toBe(false);
    await expectStillOpen(t);
  });

  it('leaves no temporary file, and the new workspace is whole', async () => {
    const t = await withOpenWorkspace();
    const target = path.join(t.dir, 'new folder', 'fresh.sqlite');
    await call(t.dispatch, 'workspace.create', { path: target });
    expect(fs.readdirSync(path.dirname(target)).filter((name) => !/^fresh\.sqlite(-wal|-shm|\.lock)?$/.test(name))).toEqual([]);
    expect((await call(t.dispatch, 'workspace.info', {})).path).toBe(target);
    expect(tree(t.dir).filter((p) => p.includes('icw-tmp'))).toEqual([]);
  });
});

describe('workspace.backup (Save a copy)', () => {
  it('refuses the open workspace, any other workspace and the files beside them, even with replace: true', async () => {
    const t = await withOpenWorkspace();
    const other = path.join(t.dir, 'other.sqlite');
    await call(t.dispatch, 'workspace.create', { path: other });
    await call(t.dispatch, 'workspace.open', { path: t.open });
    for (const target of [t.open, other]) {
      const bytes = fs.readFileSync(target);
      expect(await failure(t.dispatch, 'workspace.backup', { path: target, replace: true })).toMatchObject({ code: 'CONFLICT', key: 'errors.writeOntoWorkspace' });
      expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    }
    await expectStillOpen(t);
  });

  it('asks for replace: true before replacing a file that is not a workspace, then writes a whole copy', async () => {
    const t = await withOpenWorkspace();
    const target = path.join(t.dir, 'copy.sqlite');
    fs.writeFileSync(target, 'a text file that happens to end in .sqlite');
    expect(await failure(t.dispatch, 'workspace.backup', { path: target })).toMatchObject({ code: 'CONFLICT', key: 'errors.fileExists', params: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('a text file that happens to end in .sqlite');

    const copy = await call(t.dispatch, 'workspace.backup', { path: target, replace: true });
    expect(copy).toEqual({ path: target, sizeBytes: fs.statSync(target).size });
    expect(fs.readdirSync(t.dir).filter((name) => name.includes('icw-tmp'))).toEqual([]);
    expect((await call(t.dispatch, 'workspace.open', { path: target })).counts.members).toBe(1);
  });
});

describe('temporary files of a killed write', () => {
  it('are removed when the next session starts, in the workspaces folder, the allowed folders and the transfers folder', async () => {
    const t = testSession();
    const dirs = [path.join(t.dir, 'workspaces'), t.dir, path.join(t.dir, 'transfers')];
    // Process ids far above pid_max belong to no process: their writers are gone.
    const leftovers = dirs.map((dir) => {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `.export.csv.${2 ** 30}-0a1b2c3d.icw-tmp`);
      fs.writeFileSync(file, 'half an export');
      return file;
    });
    const keep = path.join(t.dir, 'export.csv');
    fs.writeFileSync(keep, 'a finished export');
    new Session({ ...t.session.options });
    expect(leftovers.filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.readFileSync(keep, 'utf8')).toBe('a finished export');
  });
});
