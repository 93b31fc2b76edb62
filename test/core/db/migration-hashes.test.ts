import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../main/core/db/migrate';
import released from './migration-hashes.json';

const DIR = path.resolve(import.meta.dirname, '../../../main/core/db/migrations');
const files = fs.readdirSync(DIR).sort();
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(DIR, file))).digest('hex');

/**
 * Migrations are append-only: a workspace that applied one never runs it again, so changing a
 * released file would leave workspaces that differ by when they were made. A new migration adds its
 * file name and hash to migration-hashes.json; an edited one fails here.
 */
describe('released migrations', () => {
  it.each(Object.entries(released))('%s is unchanged', (file, hash) => {
    expect(files).toContain(file);
    expect(sha256(file)).toBe(hash);
  });

  it('every migration file is recorded with its hash, and every one is bundled', () => {
    expect(files).toEqual(Object.keys(released).sort());
    expect(bundledMigrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`)).toEqual(files.map((f) => f.replace(/\.(sql|ts)$/, '')));
  });
});
