import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../../main/core/db/workspace-db';
import { AppError } from '../../../main/core/errors';
import { call } from '../../support/call';
import { tempDir } from '../../support/temp-dir';
import { testSession } from '../../support/workspace';
import { failure } from '../panel/panel-session';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A closed workspace file with no lock beside it. */
async function closedWorkspace(): Promise<string> {
  const file = path.join(tempDir(), 'w.sqlite');
  await (await openWorkspaceDb(file, { create: true })).close();
  return file;
}

/** A real process that stays alive until the test ends: a lock naming it has a live owner. */
async function liveProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

/** A lock as a live workbench in process pid would write it (Linux: boot id and start time from /proc, as read by hand). */
function lockNaming(pid: number) {
  const start =
    process.platform === 'linux'
      ? `${fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}/${fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]}`
      : null;
  return { pid, host: os.hostname(), since: '2026-01-15T09:00:00.000Z', start, instance: 'other' };
}

/** The lock an opener writes, read back: what identifies its owner. */
async function lockOf(file: string): Promise<Record<string, unknown>> {
  const db = await openWorkspaceDb(file, { create: false });
  const owner = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as Record<string, unknown>;
  await db.close();
  return owner;
}

describe('the workspace lock', () => {
  it('records what makes its owner unique: process id, start time, host name and a random instance id', async () => {
    const file = await closedWorkspace();
    const first = await lockOf(file);
    const second = await lockOf(file);
    expect(first).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(first.instance).toEqual(expect.any(String));
    expect(first.instance).not.toBe(second.instance);
    if (process.platform === 'linux') expect(first.start).toMatch(/^[0-9a-f-]{36}\/\d+$/);
  });

  it('recognises a reused process id: a lock naming a live process that started later is stale', async () => {
    const file = await closedWorkspace();
    const pid = await liveProcess();
    // The lock's owner had this pid but started at another time (e.g. before a reboot).
    const lock = { pid, host: os.hostname(), since: '2025-12-01T08:00:00.000Z', start: 'a0000000-0000-4000-8000-000000000000/12345', instance: 'gone' };
    fs.writeFileSync(`${file}.lock`, JSON.stringify(lock));
    const db = await openWorkspaceDb(file, { create: false });
    expect(db.recoveredFromCrash).toBe(true);
    await db.close();
  });

  it('treats a lock written before the computer last started as stale, whatever process now has its id', async () => {
    const file = await closedWorkspace();
    // The old format: only pid and host, naming PID 1 (always alive).
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 1, host: os.hostname(), since: '2025-12-01T08:00:00.000Z' }));
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3600_000);
    fs.utimesSync(`${file}.lock`, beforeBoot, beforeBoot);
    const db = await openWorkspaceDb(file, { create: false });
    expect(db.recoveredFromCrash).toBe(true);
    await db.close();
  });

  it('refuses a live owner, says how to take over, and takeOver opens it', async () => {
    const file = await closedWorkspace();
    const pid = await liveProcess();
    fs.writeFileSync(`${file}.lock`, JSON.stringify(lockNaming(pid)));

    const err = (await openWorkspaceDb(file, { create: false }).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('LOCKED');
    expect(err.message).toContain(`process ${pid}`);
    expect(err.message).toContain('take it over');
    expect(err.extra).toMatchObject({ key: 'errors.workspaceLocked', params: { pid, since: '2026-01-15T09:00:00.000Z' } });

    const db = await openWorkspaceDb(file, { create: false, takeOver: true });
    expect(db.recoveredFromCrash).toBe(true);
    const owner = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as { pid: number; instance: string };
    expect(owner.pid).toBe(process.pid);
    // The lock is now ours: closing removes it.
    await db.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('is released only by the opener that holds it', async () => {
    const file = await closedWorkspace();
    const db = await openWorkspaceDb(file, { create: false });
    // Another opener took it over meanwhile.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'now', start: null, instance: 'someone-else' }));
    await db.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
  });

  it('workspace.open { takeOver: true } opens a workspace a live program holds; without it the answer is LOCKED', async () => {
    const t = testSession();
    const file = path.join(t.dir, 'held.sqlite');
    await call(t.dispatch, 'workspace.create', { path: file });
    const other = path.join(t.dir, 'other.sqlite');
    await call(t.dispatch, 'workspace.create', { path: other });
    const pid = await liveProcess();
    fs.writeFileSync(`${file}.lock`, JSON.stringify(lockNaming(pid)));

    expect(await failure(t.dispatch, 'workspace.open', { path: file })).toMatchObject({ code: 'LOCKED', key: 'errors.workspaceLocked' });
    expect((await call(t.dispatch, 'workspace.info', {})).path).toBe(other);
    expect((await call(t.dispatch, 'workspace.open', { path: file, takeOver: true })).path).toBe(file);
    await t.session.closeWorkspace();
  });
});
