import { expect, it } from 'vitest';

// The renderer's stylesheets and modules, by path (Vite's glob import).
const stylesheets = Object.keys(import.meta.glob('../../renderer/src/**/*.css', { query: '?raw', eager: true }));
const modules = import.meta.glob<string>('../../renderer/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

const SRC = '../../renderer/src/';

/** A module's imports in order, as written. */
const importsOf = (source: string) => [...source.matchAll(/^import\s(?:[^'"]*?from\s)?['"]([^'"]+)['"]/gm)].map(([, specifier]) => specifier!);

/** A specifier as a path like the glob's keys. */
function resolve(file: string, specifier: string): string {
  if (specifier.startsWith('@renderer/')) return SRC + specifier.slice('@renderer/'.length);
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const importersOf = (sheet: string) => Object.entries(modules).filter(([file, source]) => importsOf(source).some((s) => resolve(file, s) === sheet)).map(([file]) => file);

/**
 * The rule (README, architecture): global tokens and base in styles/, imported first by main.tsx;
 * any other stylesheet sits beside the code it styles and is imported by that folder's entry:
 * features/<area>/<area>.css by the feature's index.ts, shell/shell.css by app-shell.tsx,
 * components/<name>/<name>.css by components/<name>/<name>.tsx.
 */
function ownerOf(sheet: string): string | null {
  const path = sheet.slice(SRC.length);
  if (path === 'styles/tokens.css' || path === 'styles/base.css') return `${SRC}main.tsx`;
  if (path === 'shell/shell.css') return `${SRC}shell/app-shell.tsx`;
  const feature = /^features\/([^/]+)\/\1\.css$/.exec(path);
  if (feature) return `${SRC}features/${feature[1]}/index.ts`;
  const component = /^components\/([^/]+)\/\1\.css$/.exec(path);
  if (component) return `${SRC}components/${component[1]}/${component[1]}.tsx`;
  return null;
}

it('places every stylesheet one way: beside the code it styles, imported once by that folder’s entry', () => {
  expect(stylesheets.length).toBeGreaterThan(3);
  const misplaced = stylesheets.flatMap((sheet) => {
    const owner = ownerOf(sheet);
    if (!owner) return [`${sheet}: not a place for a stylesheet`];
    const importers = importersOf(sheet);
    return importers.length === 1 && importers[0] === owner ? [] : [`${sheet}: imported by ${importers.join(', ') || 'nothing'}, not ${owner}`];
  });
  expect(misplaced).toEqual([]);
});

it('loads the global tokens and base before the app, so every other stylesheet builds on them', () => {
  const order = importsOf(modules[`${SRC}main.tsx`]!);
  const sheets = order.filter((s) => s.endsWith('.css'));
  expect(sheets).toEqual(['./styles/tokens.css', './styles/base.css']);
  expect(order.indexOf('./styles/base.css')).toBeLessThan(order.indexOf('./app'));
});
