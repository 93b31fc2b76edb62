// Where `npm start` finds Electron's binary. Electron's own entry (require('electron')) cannot be used to
// ask: since Electron 42 it downloads a missing binary when required, synchronously and with no time
// limit, so a machine without access to the download host would wait there. This reads the same files
// the entry reads and never downloads; start.mjs runs the installer itself, with a time limit.
import fs from 'node:fs';
import path from 'node:path';

/** The downloaded binary, or null when there is none yet. `env` is the environment Electron would see. */
export function installedElectronBinary(electronDir, env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    : executable && path.join(electronDir, 'dist', executable);
  return binary && fs.existsSync(binary) ? binary : null;
}
