import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../main/api/index';
import { CORE_NODE_FLAGS } from '../../../main/shell/core-protocol';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SERVE_JS = path.join(ROOT, 'out/main/serve.js');
const RENDERER_HTML = path.join(ROOT, 'out/renderer/index.html');
const TEST_TOKEN = 'e2e-token-0123456789';
const READY = /^Workbench ready at (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/;
// The default workspace is filled with the demo community before the host says it is ready.
const START_TIMEOUT_MS = 100_000;

export interface HostOptions {
  /** Extra command-line arguments: --workspace <file>, --demo, --allow-dir <dir>. */
  args?: string[];
  /** The user-data folder; by default a fresh temporary one, removed by stop(). */
  home?: string;
}

export interface WorkbenchHost {
  /** The link the host prints, with the token in the hash. */
  url: string;
  origin: string;
  home: string;
  /** Calls a method over HTTP as the UI does; throws on an error Result. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
  /** Kills the host process at once (SIGKILL: a crash or power cut as the workspace sees it); its files stay as they are. */
  crash(): Promise<void>;
}

function requireBuiltApp(): void {
  for (const file of [SERVE_JS, RENDERER_HTML]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${path.relative(ROOT, file)} is missing: the end-to-end tests drive the built app. Run \`npm run build\` first (\`npm test\` does).`);
    }
  }
}

const waitForExit = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** Starts `node out/main/serve.js --port 0` with its own user-data folder and a fixed token. */
export async function startHost(options: HostOptions = {}): Promise<WorkbenchHost> {
  requireBuiltApp();
  const ownHome = options.home === undefined;
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'icw-e2e-'));
  const child = spawn(process.execPath, [...CORE_NODE_FLAGS, SERVE_JS, '--port', '0', ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, WORKBENCH_HOME: home, WORKBENCH_TOKEN: TEST_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const stop = async () => {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    if (ownHome) fs.rmSync(home, { recursive: true, force: true });
  };

  const origin = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`The browser host did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => {
      void stop();
      fail(`no "Workbench ready" line within ${START_TIMEOUT_MS / 1000} s.`);
    }, START_TIMEOUT_MS);
    lines.on('line', (line) => {
      const ready = READY.exec(line);
      if (!ready) return;
      clearTimeout(timer);
      if (ready[2] !== TEST_TOKEN) reject(new Error(`The host printed the token ${ready[2]}, not WORKBENCH_TOKEN.`));
      else resolve(ready[1]!);
    });
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`}).`));
  });

  return {
    url: `${origin}/#token=${TEST_TOKEN}`,
    origin,
    home,
    async call(method, input) {
      const response = await fetch(`${origin}/rpc/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as Result<never>;
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    stop,
    async crash() {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    },
  };
}
