import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoreMessage, CoreRequest } from '../../main/shell/core-protocol';
import { buildNodeEntry } from '../support/build-node-entry';
import { tempDir } from '../support/temp-dir';

// The utility-process side of the desktop app, run under Node with a stand-in for Electron's parentPort.
const SHIM = path.join(import.meta.dirname, 'parent-port-shim.cjs');
let corePath = '';

beforeAll(async () => {
  corePath = await buildNodeEntry('main/rpc/core-process.ts', 'out/test/shell/core-process.js');
}, 120_000);

interface RunningCore {
  child: ChildProcess;
  send(request: CoreRequest): void;
  /** The first message (already received or still to come) that matches. */
  next(match: (m: CoreMessage) => boolean): Promise<CoreMessage>;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];

function startCoreProcess(home: string): RunningCore {
  const child = fork(corePath, [], {
    execArgv: ['--require', SHIM],
    env: { ...process.env, WORKBENCH_HOME: home, WORKBENCH_VERSION: '9.9.9' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.push(child);
  const received: CoreMessage[] = [];
  const waiters = new Set<() => void>();
  child.on('message', (m) => {
    received.push(m as CoreMessage);
    for (const check of waiters) check();
  });
  return {
    child,
    send: (request) => child.send(request),
    next: (match) =>
      new Promise((resolve) => {
        const check = () => {
          const found = received.find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      }),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
}

const replyTo = (id: number) => (m: CoreMessage) => 'id' in m && m.id === id;

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('core process (Electron utilityProcess side)', () => {
  it('is built without electron', () => {
    expect(fs.readFileSync(corePath, 'utf8')).not.toMatch(/require\(["']electron["']\)/);
  });

  it('answers calls by id with the Result of dispatch, forwards events, and releases the lock on shutdown', async () => {
    const home = tempDir();
    const core = startCoreProcess(home);
    const workspace = path.join(home, 'workspaces', 'demo-community.sqlite');

    core.send({ id: 7, method: 'app.info', input: {} });
    core.send({ id: 8, method: 'no.such', input: {} });
    expect(await core.next(replyTo(7))).toEqual({
      id: 7,
      result: { ok: true, data: { host: 'electron', version: '9.9.9', workspacesDir: path.join(home, 'workspaces'), allowedDirs: [path.join(home, 'workspaces')] } },
    });
    expect(await core.next(replyTo(8))).toMatchObject({ id: 8, result: { ok: false, error: { code: 'NOT_FOUND' } } });

    // First run: the demo workspace is created, which the core announces as an event.
    expect(await core.next((m) => 'event' in m && m.event === 'workspace.changed')).toEqual({ event: 'workspace.changed', payload: { path: workspace } });
    expect(fs.existsSync(`${workspace}.lock`)).toBe(true);

    core.send({ shutdown: true });
    expect(await core.exited).toBe(0);
    expect(fs.existsSync(`${workspace}.lock`)).toBe(false);
  });

  it('keeps serving without a workspace when the usual one is open elsewhere, and says why', async () => {
    const home = tempDir();
    const first = startCoreProcess(home);
    await first.next((m) => 'event' in m && m.event === 'workspace.changed');

    const second = startCoreProcess(home);
    expect(await second.next((m) => 'startupError' in m)).toMatchObject({ startupError: { code: 'LOCKED' } });
    second.send({ id: 1, method: 'workspace.info', input: {} });
    expect(await second.next(replyTo(1))).toMatchObject({ result: { ok: false, error: { code: 'NOT_FOUND' } } });
    second.send({ id: 2, method: 'app.info', input: {} });
    expect(await second.next(replyTo(2))).toMatchObject({ result: { ok: true } });

    for (const core of [second, first]) {
      core.send({ shutdown: true });
      expect(await core.exited).toBe(0);
    }
  });
});
