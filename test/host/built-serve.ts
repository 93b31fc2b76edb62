import fs from 'node:fs';
import path from 'node:path';

const SERVE_BUNDLE = path.resolve(import.meta.dirname, '../../out/main/serve.js');

/** The built browser-host entry; these tests check the real bundle, so a missing build is a failure. */
export function builtServeBundle(): string {
  if (!fs.existsSync(SERVE_BUNDLE)) {
    throw new Error(`${SERVE_BUNDLE} does not exist: run \`npm run build\` first (npm test builds before the unit tests).`);
  }
  return SERVE_BUNDLE;
}
