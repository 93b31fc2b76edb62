// Types for start-fallback.mjs (plain JavaScript, so `npm start` needs no build), used by its unit test.

export interface ProcessEnd {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

export interface NoWindow {
  cause: 'download' | 'launch';
  reason: string;
}

export declare const CORE_NODE_FLAGS: string[];
export declare const ELECTRON_STARTUP_GRACE_MS: number;
export declare const INSTALL_TIME_LIMIT_MS: number;
export declare const DUPLICATE_SIGNAL_WINDOW_MS: number;

export declare function reasonFromOutput(output: string): string | null;
export declare function downloadSkippedReason(env: Record<string, string | undefined>): string | null;
export declare function installFailureReason(info: ProcessEnd & { output: string; timedOut: boolean }): string;
export declare function failedAtStartup(info: ProcessEnd & { ranMs: number }): boolean;
export declare function launchFailureReason(info: ProcessEnd & { output: string }): string;
export declare function readyUrl(line: string): string | null;
export declare function isNewSignal(lastForwardedAt: number | null, now: number): boolean;
export declare function fallbackParagraph(info: NoWindow & { url: string }): string;
export declare function hostFailedParagraph(info: NoWindow): string;
