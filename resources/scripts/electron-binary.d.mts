// Types for electron-binary.mjs (plain JavaScript, so `npm start` needs no build), used by its unit test.

export declare function installedElectronBinary(electronDir: string, env: Record<string, string | undefined>): string | null;
