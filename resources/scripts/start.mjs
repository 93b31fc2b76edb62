// `npm start`: build, then open the desktop app. Where Electron's binary cannot be fetched or cannot start
// (no display, say), run the same workbench in the browser host and say why and where (DESIGN.md §6).
// The decisions live in start-fallback.mjs; this file only runs processes.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { installedElectronBinary } from './electron-binary.mjs';
import {
  CORE_NODE_FLAGS,
  downloadSkippedReason,
  failedAtStartup,
  fallbackParagraph,
  hostFailedParagraph,
  installFailureReason,
  INSTALL_TIME_LIMIT_MS,
  isNewSignal,
  launchFailureReason,
  readyUrl,
} from './start-fallback.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const BROWSER_HOST = path.join(root, 'out/main/serve.js');
/** Enough of Electron's stderr to find why it stopped. */
const KEPT_OUTPUT_CHARS = 64 * 1024;

// Signals go to the child that is running now. Children get their own process group (POSIX), so a Ctrl+C
// reaches them once, through us, even though the terminal and npm both deliver it to us.
let current = null;
let interrupted = null;
let lastForwardedAt = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = signal;
    if (!current || !isNewSignal(lastForwardedAt, Date.now())) return;
    lastForwardedAt = Date.now();
    current.kill(signal);
  });
}

/** Starts a child and resolves with how it ended ({ exitCode, signal }); a failure to spawn is added to `onError`. */
function run(command, args, options, onError = () => {}) {
  exitIfInterrupted();
  const child = spawn(command, args, { cwd: root, detached: process.platform !== 'win32', ...options });
  current = child;
  const ended = new Promise((resolve) => {
    child.once('error', (err) => {
      onError(`${err.message}\n`);
      resolve({ exitCode: null, signal: null });
    });
    child.once('exit', (exitCode, signal) => resolve({ exitCode, signal }));
  });
  return { child, ended: ended.finally(() => (current = null)) };
}

const exitCodeOf = ({ exitCode, signal }) => exitCode ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1);

/** Ctrl+C during a step means the user wants to stop, not to fall back. */
function exitIfInterrupted() {
  if (interrupted) process.exit(128 + os.constants.signals[interrupted]);
}

async function build() {
  const viteCli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const ended = await run(process.execPath, [viteCli, 'build'], { stdio: ['ignore', 'inherit', 'inherit'] }).ended;
  exitIfInterrupted();
  if (ended.exitCode !== 0) {
    console.error('\nThe build failed (see above); nothing was started.');
    process.exit(exitCodeOf(ended));
  }
}

/** Runs Electron's own installer with a time limit; answers the binary, or why there is none. */
async function installElectron() {
  console.log(`\nElectron's binary is not installed yet; fetching it (time limit ${INSTALL_TIME_LIMIT_MS / 1000} s)…`);
  let output = '';
  const collect = (chunk) => (output += chunk);
  const { child, ended } = run(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] }, collect);
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, INSTALL_TIME_LIMIT_MS);
  const exit = await ended;
  clearTimeout(timer);
  exitIfInterrupted();
  const binary = installedElectronBinary(electronDir, process.env);
  if (binary) return { binary };
  return { reason: installFailureReason({ output, timedOut, ...exit }) };
}

/** Runs the desktop app; returns only if it failed at startup, with the reason. */
async function runElectron(binary) {
  const env = { ...process.env };
  // Set by some terminals (VS Code's); it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-KEPT_OUTPUT_CHARS));
  const startedAt = Date.now();
  const { child, ended } = run(binary, ['.'], { stdio: ['ignore', 'inherit', 'pipe'], env }, keep);
  child.stderr?.on('data', (chunk) => {
    process.stderr.write(chunk);
    keep(chunk);
  });
  const exit = await ended;
  exitIfInterrupted();
  if (!failedAtStartup({ ...exit, ranMs: Date.now() - startedAt })) process.exit(exitCodeOf(exit));
  return launchFailureReason({ output, ...exit });
}

/** Serves the workbench to the browser; passes the host's output through and explains once it is ready. */
async function runBrowserHost(why) {
  const { child, ended } = run(process.execPath, [...CORE_NODE_FLAGS, BROWSER_HOST, ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let announced = false;
  let partialLine = '';
  child.stdout?.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (announced) return;
    const lines = (partialLine + chunk).split('\n');
    partialLine = lines.pop() ?? '';
    const url = lines.map(readyUrl).find(Boolean);
    if (url) {
      announced = true;
      console.log(`\n${fallbackParagraph({ ...why, url })}\n`);
    }
  });
  const exit = await ended;
  if (!announced && !interrupted) console.error(`\n${hostFailedParagraph(why)}`);
  process.exit(exitCodeOf(exit));
}

async function main() {
  await build();
  let binary = installedElectronBinary(electronDir, process.env);
  if (!binary) {
    const skipped = downloadSkippedReason(process.env);
    if (skipped) return runBrowserHost({ cause: 'download', reason: skipped });
    const installed = await installElectron();
    if (!installed.binary) return runBrowserHost({ cause: 'download', reason: installed.reason });
    binary = installed.binary;
  }
  const reason = await runElectron(binary);
  console.error('\nElectron could not start; starting the browser host instead…');
  await runBrowserHost({ cause: 'launch', reason });
}

await main();
