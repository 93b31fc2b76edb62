import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../main/core');

/** Every .ts file under a folder of the core, as a path relative to main/core. */
const filesOf = (area: string): string[] =>
  fs.readdirSync(path.join(CORE, area), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(area, f));

/** The core folders a file imports from, by relative specifier (e.g. "panel", "members", "db"). */
const importedAreas = (file: string): string[] => {
  const source = fs.readFileSync(path.join(CORE, file), 'utf8');
  return [...source.matchAll(/from\s+'(\.[^']+)'/g)].map((m) => path.relative(CORE, path.resolve(path.dirname(path.join(CORE, file)), m[1]!)).split(path.sep)[0]!);
};

/**
 * What each area may not import: panel and recruitment are siblings; the members kernel serves both and
 * uses neither; collection comes after surveys and takes what it shares with the panel (the CSV import)
 * from the files kernel, which uses no area.
 */
const FORBIDDEN: Record<string, readonly string[]> = {
  panel: ['recruitment'],
  recruitment: ['panel'],
  members: ['panel', 'recruitment'],
  collection: ['panel', 'recruitment'],
  files: ['panel', 'recruitment', 'surveys', 'collection'],
};

it('core/panel and core/recruitment do not import each other, the members kernel imports neither, collection neither, and the files kernel no area', () => {
  const violations = Object.entries(FORBIDDEN).flatMap(([area, forbidden]) =>
    filesOf(area).flatMap((file) => importedAreas(file).filter((a) => forbidden.includes(a)).map((a) => `${file} imports core/${a}`)),
  );
  expect(filesOf('recruitment').length).toBeGreaterThan(5);
  expect(violations).toEqual([]);
});
