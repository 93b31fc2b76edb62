import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { AppError } from '../../main/core/errors';
import { bundledMigrations } from '../../main/core/db/migrate';
import { testSession } from '../support/workspace';

describe('dispatch', () => {
  it('rejects an unknown method with NOT_FOUND and never throws', async () => {
    const { dispatch } = testSession();
    const result = await dispatch('members.explode', {});
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: 'Unknown method "members.explode".' }),
    });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('rejects bad input with VALIDATION naming the field, before the handler runs, writing nothing', async () => {
    const { dispatch, dir } = testSession();
    const target = path.join(dir, 'new.txt');
    const result = await dispatch('workspace.create', { path: target, demo: 'yes' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['path', 'demo']));
    expect(result.error.message).toMatch(/path: A workspace file name ends in \.sqlite/);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'workspaces'))).toEqual([]);
    const extra = await dispatch('workspace.info', { surprise: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a handler failure as a Result with the error code and leaves the stored data as it was', async () => {
    const { dispatch, dir, session } = testSession();
    const file = path.join(dir, 'a.sqlite');
    expect((await dispatch('workspace.create', { path: file, demo: false })).ok).toBe(true);
    const again = await dispatch('workspace.create', { path: file, demo: false });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.writeOntoWorkspace' } });
    const info = await dispatch('workspace.info', {});
    expect(info).toMatchObject({ ok: true, data: { path: file, counts: { members: 0, surveys: 0, responses: 0 } } });
    await session.closeWorkspace();
  });

  it('turns an unexpected exception into INTERNAL instead of throwing', async () => {
    const { session } = testSession();
    const handlers = createHandlers(session);
    const logged: unknown[] = [];
    const dispatch = createDispatch({ ...handlers, 'workspace.recent': () => Promise.reject(new TypeError('broken')) }, (e) => logged.push(e));
    expect(await dispatch('workspace.recent', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'broken' } });
    expect(logged).toHaveLength(1);
    const failing = createDispatch({ ...handlers, 'workspace.recent': () => Promise.reject(new AppError('LIMIT', 'too many')) });
    expect(await failing('workspace.recent', {})).toEqual({ ok: false, error: { code: 'LIMIT', message: 'too many' } });
  });

  it('refuses paths outside the allowed folders', async () => {
    const { dispatch } = testSession();
    const result = await dispatch('workspace.create', { path: '/etc/evil.sqlite', demo: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.pathNotAllowed' } });
    expect(fs.existsSync('/etc/evil.sqlite')).toBe(false);
    const sneaky = await dispatch('workspace.open', { path: path.join(testSession().dir, '..', 'x.sqlite') });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('workspace methods', () => {
  it('creates, opens, lists recent and backs up workspaces', async () => {
    const { dispatch, dir, session } = testSession();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    await dispatch('workspace.create', { path: a, demo: false });
    await dispatch('workspace.create', { path: b, demo: false });
    expect(await dispatch('workspace.open', { path: a })).toMatchObject({ ok: true, data: { path: a, name: 'a' } });
    // b was closed when a opened: its lock is released.
    expect(fs.existsSync(`${b}.lock`)).toBe(false);
    const recent = await dispatch('workspace.recent', {});
    expect(recent).toMatchObject({ ok: true, data: { items: [{ path: a, exists: true }, { path: b, exists: true }] } });
    await session.workspace.db.writer.transaction((tx) =>
      tx.run("INSERT INTO tag (name, name_key, created_at) VALUES ('copied', 'copied', '2026-01-01')"),
    );
    const copy = path.join(dir, 'copy.sqlite');
    expect(await dispatch('workspace.backup', { path: copy })).toMatchObject({ ok: true, data: { path: copy } });
    expect(await dispatch('workspace.backup', { path: copy })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch('workspace.open', { path: copy })).toMatchObject({ ok: true, data: { schemaVersion: bundledMigrations.length } });
    expect(await session.workspace.db.reader.all('SELECT name FROM tag')).toEqual([{ name: 'copied' }]);
    const browse = await dispatch('workspace.browse', { dir: null });
    expect(browse).toMatchObject({ ok: true });
    expect((browse as { data: { files: { name: string }[] } }).data.files.map((f) => f.name)).toEqual(['a.sqlite', 'b.sqlite', 'copy.sqlite']);
    await session.closeWorkspace();
  });

  it('keeps the current workspace open when opening another fails', async () => {
    const { dispatch, dir, session } = testSession();
    const a = path.join(dir, 'a.sqlite');
    await dispatch('workspace.create', { path: a, demo: false });
    expect(await dispatch('workspace.open', { path: path.join(dir, 'missing.sqlite') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('workspace.info', {})).toMatchObject({ ok: true, data: { path: a } });
    await session.closeWorkspace();
    expect(await dispatch('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.noWorkspace' } });
  });

  it('stores the local user profile', async () => {
    const { dispatch, session } = testSession();
    expect(await dispatch('profile.get', {})).toEqual({ ok: true, data: { name: null } });
    expect(await dispatch('profile.set', { name: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch('profile.set', { name: ' Mei Chen ' })).toEqual({ ok: true, data: { name: 'Mei Chen' } });
    expect(session.settings.userName).toBe('Mei Chen');
  });
});
