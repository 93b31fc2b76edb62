import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { builtServeBundle } from './built-serve';

const MODULE_REFERENCE = /\brequire\(\s*(["'])([^"']+)\1\s*\)|\bimport\s*\(\s*(["'])([^"']+)\3\s*\)|\bfrom\s*(["'])([^"']+)\5/g;

/** Every module each file of the bundle loads, following relative chunk references from the entry. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const specifiers = [...fs.readFileSync(file, 'utf8').matchAll(MODULE_REFERENCE)].map((m) => (m[2] ?? m[4] ?? m[6])!);
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) pending.push(path.resolve(path.dirname(file), s));
  }
  return graph;
}

const electronRequirers = (graph: Map<string, string[]>) =>
  [...graph].filter(([, specifiers]) => specifiers.some((s) => s === 'electron' || s.startsWith('electron/'))).map(([file]) => file);

describe('built browser-host bundle', () => {
  it('never loads electron, directly or through a chunk', () => {
    const graph = moduleGraph(builtServeBundle());
    // The walk must reach the shared chunks, or it would prove nothing.
    expect([...graph.keys()].some((f) => f.includes(`${path.sep}chunks${path.sep}`))).toBe(true);
    expect([...graph.values()].flat()).toContain('sqlite3');
    expect(electronRequirers(graph)).toEqual([]);
  });

  it('(self-check) finds electron required by a chunk of a chunk', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'chunks'));
    fs.writeFileSync(path.join(dir, 'serve.js'), 'const a = require("./chunks/a.js");');
    fs.writeFileSync(path.join(dir, 'chunks', 'a.js'), 'import b from "./b.js"; let fs = require("node:fs");');
    fs.writeFileSync(path.join(dir, 'chunks', 'b.js'), 'let electron = require("electron");');
    expect(electronRequirers(moduleGraph(path.join(dir, 'serve.js')))).toEqual([path.join(dir, 'chunks', 'b.js')]);
  });
});
