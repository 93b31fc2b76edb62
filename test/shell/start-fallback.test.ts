import { describe, expect, it } from 'vitest';
import {
  downloadSkippedReason,
  DUPLICATE_SIGNAL_WINDOW_MS,
  ELECTRON_STARTUP_GRACE_MS,
  failedAtStartup,
  fallbackParagraph,
  hostFailedParagraph,
  installFailureReason,
  isNewSignal,
  launchFailureReason,
  readyUrl,
} from '../../resources/scripts/start-fallback.mjs';

// What Electron's installer prints when its download host cannot be reached.
const INSTALLER_OFFLINE = `RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/app/node_modules/got/dist/source/core/index.js:970:111)
    at Object.onceWrapper (node:events:639:26)
`;

// What Electron's installer (Electron 42 and later, which download with Node's fetch) prints when its
// download host cannot be reached: fetch hides the cause (DNS, refused connection) in a property.
const INSTALLER_FETCH_FAILED = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///app/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
`;

// What Electron prints on a machine without a display.
const ELECTRON_NO_DISPLAY = `[4242:0301/101500.123456:ERROR:ozone_platform_x11.cc(245)] Missing X server or $DISPLAY
[4242:0301/101500.123789:ERROR:env.cc(257)] The platform failed to initialize.  Exiting.
`;

const ELECTRON_AS_ROOT = `[77:0301/101500.1:FATAL:electron_main_delegate.cc(294)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.
`;

describe('why Electron could not be installed', () => {
  it("quotes the installer's error line, not its stack", () => {
    expect(installFailureReason({ output: INSTALLER_OFFLINE, timedOut: false, exitCode: 1, signal: null })).toBe(
      'RequestError: getaddrinfo ENOTFOUND github.com',
    );
  });

  it("says that the download host could not be reached when Node's fetch failed", () => {
    expect(installFailureReason({ output: INSTALLER_FETCH_FAILED, timedOut: false, exitCode: 1, signal: null })).toBe(
      'its download host could not be reached: TypeError: fetch failed',
    );
  });

  it('says when the time limit ran out', () => {
    expect(installFailureReason({ output: '', timedOut: true, exitCode: null, signal: 'SIGKILL' })).toBe(
      'the download did not finish within 90 s',
    );
  });

  it('does not download when downloads are switched off, and says so', () => {
    expect(downloadSkippedReason({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(downloadSkippedReason({})).toBeNull();
  });

  it('falls back to the exit status when the installer said nothing', () => {
    expect(installFailureReason({ output: '\n', timedOut: false, exitCode: 3, signal: null })).toBe(
      'the installer ended without a binary (exit code 3)',
    );
  });
});

describe('whether Electron failed at startup', () => {
  it('counts an early error exit or crash as a failure to start', () => {
    expect(failedAtStartup({ exitCode: 1, signal: null, ranMs: 800 })).toBe(true);
    expect(failedAtStartup({ exitCode: null, signal: 'SIGTRAP', ranMs: 800 })).toBe(true);
  });

  it('does not fall back after a normal quit or after the app had been running', () => {
    // A second launch hands over to the first instance and quits with 0.
    expect(failedAtStartup({ exitCode: 0, signal: null, ranMs: 300 })).toBe(false);
    expect(failedAtStartup({ exitCode: 1, signal: null, ranMs: ELECTRON_STARTUP_GRACE_MS + 1 })).toBe(false);
  });

  it('names the cause: no display, running as root, missing libraries', () => {
    expect(launchFailureReason({ output: ELECTRON_NO_DISPLAY, exitCode: 1, signal: null })).toBe('Missing X server or $DISPLAY');
    expect(launchFailureReason({ output: ELECTRON_AS_ROOT, exitCode: null, signal: 'SIGTRAP' })).toMatch(/^Running as root without --no-sandbox/);
    expect(
      launchFailureReason({
        output: 'electron: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n',
        exitCode: 127,
        signal: null,
      }),
    ).toMatch(/libnss3\.so/);
  });

  it('uses the exit status when Electron printed nothing', () => {
    expect(launchFailureReason({ output: '', exitCode: null, signal: 'SIGSEGV' })).toBe('Electron ended at startup (stopped by SIGSEGV)');
  });
});

describe('the browser host fallback', () => {
  it("reads the URL from the host's ready line", () => {
    expect(readyUrl('Workbench ready at http://127.0.0.1:5177/#token=abc')).toBe('http://127.0.0.1:5177/#token=abc');
    expect(readyUrl('Opening workspace /data/demo.sqlite')).toBeNull();
  });

  it('explains in one paragraph why, that the same workbench runs, and where', () => {
    const text = fallbackParagraph({ cause: 'download', reason: 'RequestError: getaddrinfo ENOTFOUND github.com', url: 'http://127.0.0.1:5177/' });
    expect(text).not.toContain('\n');
    expect(text).toContain("Electron's binary could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com)");
    expect(text).toContain('browser host');
    expect(text).toContain('http://127.0.0.1:5177/');
    expect(fallbackParagraph({ cause: 'launch', reason: 'Missing X server or $DISPLAY', url: 'u' })).toContain(
      'Electron could not start (Missing X server or $DISPLAY)',
    );
  });

  it('says so when the host itself stopped before it was ready', () => {
    expect(hostFailedParagraph({ cause: 'launch', reason: 'Missing X server or $DISPLAY' })).toMatch(/browser host stopped before it was ready/);
  });
});

describe('signal forwarding', () => {
  it('treats the copies of one Ctrl+C (terminal and npm) as one, a later press as new', () => {
    expect(isNewSignal(null, 1_000)).toBe(true);
    expect(isNewSignal(1_000, 1_050)).toBe(false);
    expect(isNewSignal(1_000, 1_000 + DUPLICATE_SIGNAL_WINDOW_MS)).toBe(true);
  });
});
