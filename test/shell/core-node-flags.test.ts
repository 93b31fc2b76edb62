import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_NODE_FLAGS } from '../../main/shell/core-protocol';
import { CORE_NODE_FLAGS as START_FLAGS } from '../../resources/scripts/start-fallback.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

// Every way the core runs gets the same V8 flags: the desktop app's utility process (CORE_NODE_FLAGS),
// `npm start`'s browser host, `npm run serve`, and the benchmarks that measure the core.
describe('the core’s V8 flags', () => {
  it('are the same for npm start’s browser host as for the desktop app', () => {
    expect(START_FLAGS).toEqual(CORE_NODE_FLAGS);
  });

  it('are passed by npm run serve and npm run bench', () => {
    expect(scripts.serve).toContain(`node ${CORE_NODE_FLAGS.join(' ')} out/main/serve.js`);
    for (const flag of CORE_NODE_FLAGS) expect(scripts.bench).toMatch(new RegExp(`node (--\\S+ )*${flag} (--\\S+ )*out/bench/run\\.js`));
  });

  it('are flags this Node accepts', () => {
    const run = spawnSync(process.execPath, [...CORE_NODE_FLAGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});
