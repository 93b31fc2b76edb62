// Decisions behind `npm start` (resources/scripts/start.mjs), kept free of I/O so they are unit-tested:
// when Electron counts as failed, which line of its output says why, and what the terminal tells the user.

/** The core's V8 flags, for the browser host: the same as CORE_NODE_FLAGS in main/shell/core-protocol.ts (a test keeps them in step). */
export const CORE_NODE_FLAGS = ['--max-semi-space-size=32'];

/** How long Electron may take to fail at startup before we count it as running. */
export const ELECTRON_STARTUP_GRACE_MS = 15_000;

/** How long the one-time download of Electron's binary may take. */
export const INSTALL_TIME_LIMIT_MS = 90_000;

/** Ctrl+C reaches us both from the terminal and from npm; copies within this window are one press. */
export const DUPLICATE_SIGNAL_WINDOW_MS = 1_000;

// Chromium log prefix, e.g. "[1234:0301/120000.123456:ERROR:ozone_platform_x11.cc(245)] ".
const CHROMIUM_LOG_PREFIX = /^\[[^\]]*:(?:INFO|WARNING|ERROR|FATAL)[^\]]*\]\s*/;
const STACK_FRAME = /^\s*at\s/;
// What usually stops Electron on a machine: no display, running as root, missing system libraries.
const KNOWN_CAUSES = [/missing x server|\$DISPLAY|cannot open display/i, /--no-sandbox/i, /shared libraries|cannot open shared object/i, /sandbox/i];

const meaningfulLines = (output) =>
  output
    .split(/\r?\n/)
    .map((line) => line.replace(CHROMIUM_LOG_PREFIX, '').trim())
    .filter((line) => line !== '' && !STACK_FRAME.test(line));

/** The one line of a program's output that best says why it failed, or null when it said nothing useful. */
function reasonFromOutput(output) {
  const lines = meaningfulLines(output);
  for (const cause of KNOWN_CAUSES) {
    const line = lines.find((l) => cause.test(l));
    if (line) return line;
  }
  return lines.find((l) => /error|fail/i.test(l)) ?? lines.at(-1) ?? null;
}

const describeExit = ({ exitCode, signal }) => (signal ? `stopped by ${signal}` : `exit code ${exitCode}`);

/**
 * Why no download is tried, or null. Electron's installer no longer reads ELECTRON_SKIP_BINARY_DOWNLOAD
 * (since Electron 42 it is not a postinstall script), so `npm start` honours it itself.
 */
export function downloadSkippedReason(env) {
  return env.ELECTRON_SKIP_BINARY_DOWNLOAD ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' : null;
}

// Node's fetch (which Electron's installer uses) says only this for DNS errors, refused or reset connections.
const FETCH_FAILED = /^TypeError: fetch failed$/;

/** Why Electron's installer left no binary. */
export function installFailureReason({ output, timedOut, exitCode, signal }) {
  if (timedOut) return `the download did not finish within ${INSTALL_TIME_LIMIT_MS / 1000} s`;
  const reason = reasonFromOutput(output);
  if (reason && FETCH_FAILED.test(reason)) return `its download host could not be reached: ${reason}`;
  return reason ?? `the installer ended without a binary (${describeExit({ exitCode, signal })})`;
}

/** True when Electron ended with an error before it could have shown its window. */
export function failedAtStartup({ exitCode, signal, ranMs }) {
  return (signal !== null || exitCode !== 0) && ranMs < ELECTRON_STARTUP_GRACE_MS;
}

/** Why Electron could not start. */
export function launchFailureReason({ output, exitCode, signal }) {
  return reasonFromOutput(output) ?? `Electron ended at startup (${describeExit({ exitCode, signal })})`;
}

/** The browser host's address, from its "Workbench ready at <url>" line. */
export function readyUrl(line) {
  return /Workbench ready at (\S+)/.exec(line)?.[1] ?? null;
}

/** Whether a signal we received is a new request rather than a copy of one just passed on. */
export function isNewSignal(lastForwardedAt, now) {
  return lastForwardedAt === null || now - lastForwardedAt >= DUPLICATE_SIGNAL_WINDOW_MS;
}

const whyNoWindow = ({ cause, reason }) =>
  cause === 'download' ? `Electron's binary could not be downloaded (${reason})` : `Electron could not start (${reason})`;

/**
 * The paragraph printed once the browser host is ready. cause: "download" (the binary could not be
 * fetched) or "launch" (it could not start); reason: the line that says why.
 */
export function fallbackParagraph({ cause, reason, url }) {
  return (
    `The desktop window could not open because ${whyNoWindow({ cause, reason })}. ` +
    `The same workbench is running in the browser host instead: open ${url} in a browser on this machine. ` +
    'Press Ctrl+C here to stop it.'
  );
}

/** Printed when the browser host stops before it was ready (its own message says why). */
export function hostFailedParagraph({ cause, reason }) {
  return `The desktop window could not open because ${whyNoWindow({ cause, reason })}, and the browser host stopped before it was ready (see its message above).`;
}
