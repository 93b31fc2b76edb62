import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/db/migrate';
import { call } from '../../support/call';
import { workspaceBefore } from '../../support/older-workspace';
import { importSession } from '../panel/import/support/import-fixture';

/** Random (version 4), or time-ordered random (version 7) where the import draws many at once. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the member uid', () => {
  it('is a random UUID for every member, however made: created, imported, demo or inserted directly', async () => {
    const t = await importSession();
    const created = await call(t.dispatch, 'members.create', { name: 'Ann', email: 'ann@example.org' });
    const file = t.file('m.csv', 'name,email\nBo,bo@example.org\nCy,cy@example.org\n');
    await t.imported({ file: { path: file }, mapping: [{ column: 'name', target: 'name' }, { column: 'email', target: 'email' }], onDuplicate: 'skip' });
    await t.db().writer.transaction((tx) => tx.run("INSERT INTO member (code, created_at, updated_at) VALUES ('M-DIRECT', 'x', 'x')"));
    const demo = path.join(t.dir, 'demo.sqlite');
    const { jobId } = await call(t.dispatch, 'workspace.create', { path: demo, demo: true });
    await call(t.dispatch, 'jobs.wait', { jobId: jobId!, timeoutMs: 120_000 });
    const demoUids = await t.session.workspace.db.reader.all<{ uid: string | null }>('SELECT uid FROM member');
    await call(t.dispatch, 'workspace.open', { path: path.join(t.dir, 'panel.sqlite') });
    const panelUids = await t.db().reader.all<{ uid: string | null; code: string }>('SELECT uid, code FROM member ORDER BY id');

    expect(panelUids).toHaveLength(4);
    expect(demoUids.length).toBeGreaterThan(1000);
    const uids = [...panelUids, ...demoUids].map((m) => m.uid);
    expect(uids.filter((u) => !UUID.test(u ?? ''))).toEqual([]);
    expect(new Set(uids).size).toBe(uids.length);
    expect(panelUids.every((m) => m.uid !== m.code)).toBe(true);
    expect(created.uid).toBe(panelUids[0]!.uid);
    // The import's are time-ordered (version 7): their first 48 bits are the milliseconds they were made at.
    const imported = panelUids.slice(1, 3).map((m) => m.uid!);
    expect(imported.map((u) => u[14])).toEqual(['7', '7']);
    expect(imported.every((u) => Math.abs(parseInt(u.slice(0, 8) + u.slice(9, 13), 16) - Date.now()) < 600_000)).toBe(true);
  });

  it('is in members.get and members.list, and stays through edits and erasure; nothing can change it', async () => {
    const t = await importSession();
    const ann = await call(t.dispatch, 'members.create', { name: 'Ann', email: 'ann@example.org' });
    const [row] = (await call(t.dispatch, 'members.list', {})).rows;
    expect(row!.uid).toBe(ann.uid);
    await call(t.dispatch, 'members.update', { memberId: ann.id, patch: { name: 'Anne' } });
    const erased = await call(t.dispatch, 'members.erase', { memberId: ann.id, reason: 'asked by email' });
    const after = await call(t.dispatch, 'members.get', { memberId: ann.id });
    expect(after).toMatchObject({ uid: ann.uid, name: null });
    expect(erased.code).not.toBe(ann.code);
    const change = t.db().writer.transaction((tx) => tx.run("UPDATE member SET uid = '00000000-0000-4000-8000-000000000000' WHERE id = ?", [ann.id]));
    await expect(change).rejects.toThrow(/uid/);
    const clear = t.db().writer.transaction((tx) => tx.run('UPDATE member SET uid = NULL WHERE id = ?', [ann.id]));
    await expect(clear).rejects.toThrow(/uid/);
    expect((await call(t.dispatch, 'members.get', { memberId: ann.id })).uid).toBe(ann.uid);
  });

  it('is given to the members of an older workspace when it is upgraded', async () => {
    const writer = await workspaceBefore('member_uid');
    await writer.transaction(async (tx) => {
      for (let i = 1; i <= 50; i++) await tx.run('INSERT INTO member (code, created_at, updated_at) VALUES (?, ?, ?)', [`M-OLD${String(i).padStart(3, '0')}`, 'x', 'x']);
    });
    await migrate(writer);
    const uids = (await writer.conn.all<{ uid: string }>('SELECT uid FROM member')).map((m) => m.uid);
    expect(uids.filter((u) => !UUID.test(u))).toEqual([]);
    expect(new Set(uids).size).toBe(50);
    await writer.conn.close();
  });
});
