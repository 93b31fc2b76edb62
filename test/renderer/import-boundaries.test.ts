import { expect, it } from 'vitest';

// Every renderer source file, as text (Vite's glob import: this test runs without Node typings).
const sources = import.meta.glob<string>('../../renderer/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

const importsOf = (source: string) =>
  [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );

/** Resolves a relative specifier against the importing file's folder, as "a/b/c". */
const resolveRelative = (file: string, specifier: string) => {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
};

// The renderer runs in a sandboxed page: no Node, no Electron, nothing of main/ but the contract and the pure model.
const allowed = (specifier: string, file: string) => {
  if (/^@(api|model|renderer)\//.test(specifier)) return true;
  if (specifier.startsWith('.')) return resolveRelative(file, specifier).startsWith('../../renderer/src/');
  return !/^(node:|electron|sqlite3|(fs|path|os|child_process|crypto|worker_threads)$)/.test(specifier);
};

it('renderer code imports no Node modules, no Electron and nothing from main/ but @api and @model', () => {
  expect(Object.keys(sources).length).toBeGreaterThan(20);
  const violations = Object.entries(sources).flatMap(([file, source]) =>
    importsOf(source)
      .filter((specifier) => !allowed(specifier, file))
      .map((specifier) => `${file}: ${specifier}`),
  );
  expect(violations).toEqual([]);
});

/** The feature folder a file lies in ("panel" for renderer/src/features/panel/…), or null. */
const featureOf = (path: string) => /^\.\.\/\.\.\/renderer\/src\/features\/([^/]+)\//.exec(path)?.[1] ?? null;

/** A specifier as a path under ../../renderer/src/ (aliases and relative paths alike), or null for packages and main/. */
const rendererPath = (file: string, specifier: string) => {
  if (specifier.startsWith('@renderer/')) return `../../renderer/src/${specifier.slice('@renderer/'.length)}`;
  return specifier.startsWith('.') ? resolveRelative(file, specifier) : null;
};

it('feature folders import neither each other nor the registry that lists them', () => {
  const folders = new Set(Object.keys(sources).map(featureOf).filter((f) => f !== null));
  const folderOf = (target: string) => {
    const name = /^\.\.\/\.\.\/renderer\/src\/features\/([^/]+)/.exec(target)?.[1];
    return name !== undefined && folders.has(name) ? name : null;
  };
  const violations = Object.entries(sources).flatMap(([file, source]) => {
    const feature = featureOf(file);
    if (!feature) return [];
    return importsOf(source)
      .map((specifier) => rendererPath(file, specifier))
      .filter((target): target is string => target !== null)
      .filter((target) => target === '../../renderer/src/features/registry' || (folderOf(target) ?? feature) !== feature)
      .map((target) => `${file}: ${target}`);
  });
  expect(violations).toEqual([]);
});
