import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { builtServeBundle } from './built-serve';

const READY = /^Workbench ready at (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))$/m;

interface Served {
  child: ChildProcess;
  /** The ready line's URL, port and token; rejects if the process ends first. */
  ready: Promise<{ url: string; port: number; token: string }>;
  exited: Promise<number | null>;
  stderr(): string;
}

function serve(args: string[], env: NodeJS.ProcessEnv): Served {
  const child = spawn(process.execPath, [builtServeBundle(), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<{ url: string; port: number; token: string }>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = READY.exec(stdout);
      if (m) resolve({ url: m[1]!, port: Number(m[2]), token: m[3]! });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before it was ready:\n${stderr}`)));
  });
  // Tests that expect an early exit never await ready; its rejection is not an error for them.
  ready.catch(() => undefined);
  return { child, ready, exited, stderr: () => stderr };
}

const info = (port: number, token: string) =>
  fetch(`http://127.0.0.1:${port}/rpc/workspace.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });

describe('npm run serve (out/main/serve.js)', () => {
  it('prints the ready line, answers with the token, and closes the workspace on SIGTERM', async () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.sqlite');
    const served = serve(['--port', '0', '--workspace', workspace], { WORKBENCH_HOME: path.join(dir, 'home'), WORKBENCH_TOKEN: 'cli-test-token' });
    const { url, port, token } = await served.ready;
    expect(url).toBe(`http://127.0.0.1:${port}/#token=cli-test-token`);
    expect(token).toBe('cli-test-token');

    const answer = await info(port, token);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true, data: { path: workspace, name: 'w' } });
    expect((await info(port, 'wrong-token')).status).toBe(401);
    expect(fs.existsSync(`${workspace}.lock`)).toBe(true);

    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(fs.existsSync(`${workspace}.lock`)).toBe(false);
  });

  it('makes a fresh random token when WORKBENCH_TOKEN is not set, and stops on SIGINT', async () => {
    const dir = tempDir();
    const { WORKBENCH_TOKEN: _unset, ...env } = process.env;
    const served = serve(['--port', '0', '--workspace', path.join(dir, 'w.sqlite')], { ...env, WORKBENCH_HOME: path.join(dir, 'home') });
    const { port, token } = await served.ready;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect((await info(port, token)).status).toBe(200);
    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
  });

  it('exits with 2 and says why on a bad argument', async () => {
    const served = serve(['--port', 'eighty'], { WORKBENCH_HOME: tempDir() });
    expect(await served.exited).toBe(2);
    expect(served.stderr()).toContain('--port must be a number');
    expect(served.stderr()).toContain('Usage: npm run serve');
  });

  it('exits with 1 and a clear message when the workspace is already open elsewhere', async () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.sqlite');
    const env = { WORKBENCH_HOME: path.join(dir, 'home'), WORKBENCH_TOKEN: 'cli-test-token' };
    const first = serve(['--port', '0', '--workspace', workspace], env);
    await first.ready;
    const second = serve(['--port', '0', '--workspace', workspace], env);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toMatch(/Cannot start the workbench: This workspace is already open in another program \(process \d+\)/);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('deletes the uploads of a killed host when it starts again, and opens the workspace it left locked', async () => {
    const dir = tempDir();
    const home = path.join(dir, 'home');
    const workspace = path.join(dir, 'w.sqlite');
    const env = { WORKBENCH_HOME: home, WORKBENCH_TOKEN: 'cli-test-token' };
    const first = serve(['--port', '0', '--workspace', workspace], env);
    const { port, token } = await first.ready;
    const uploaded = await fetch(`http://127.0.0.1:${port}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: 'name,email\nZebulon,zeb@example.com\n' });
    expect(uploaded.status).toBe(200);
    const transfers = path.join(home, 'transfers');
    expect(fs.readdirSync(transfers)).toHaveLength(1);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.readdirSync(transfers)).toHaveLength(1);
    expect(fs.existsSync(`${workspace}.lock`)).toBe(true);

    const second = serve(['--port', '0', '--workspace', workspace], env);
    const again = await second.ready;
    expect(fs.readdirSync(transfers)).toEqual([]);
    expect((await info(again.port, again.token)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
