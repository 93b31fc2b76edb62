import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../../main/core/db/workspace-db';
import { buildNodeEntry } from '../../support/build-node-entry';
import { tempDir } from '../../support/temp-dir';

/** Big enough that a batch's pages overflow the 2 MB page cache and spill into the WAL before its commit. */
const ANSWERS_PER_BATCH = 20_000;
const COMMITS_BEFORE_KILL = 6;
/**
 * The kill comes this far into a batch (measured on the batch before), while its transaction is
 * being written: by then some of its pages have spilled into the WAL uncommitted.
 */
const KILL_AT_FRACTION_OF_BATCH = 0.5;

/** Counterpart of the writer's response ids (test/fixtures/crash-writer.ts). */
const responseIdOf = (batch: number) => `crash-${String(batch).padStart(6, '0')}`;

/**
 * Waits until the writer reported enough commits and began the next batch, kills it with SIGKILL
 * halfway through that batch, and answers the last batch it reported as committed.
 */
function killMidBatch(child: ChildProcess): Promise<{ committed: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    let committed = 0;
    let batchStarted = 0;
    let batchMs = 0;
    let killScheduled = false;
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [event, batch] = line.split(' ');
      if (event === 'committed') {
        committed = Number(batch);
        batchMs = performance.now() - batchStarted;
      } else if (event === 'begin') {
        batchStarted = performance.now();
        if (committed >= COMMITS_BEFORE_KILL && !killScheduled) {
          killScheduled = true;
          setTimeout(() => child.kill('SIGKILL'), batchMs * KILL_AT_FRACTION_OF_BATCH);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal ? resolve({ committed, signal }) : reject(new Error(`crash-writer exited with ${code}: ${stderr}`))));
  });
}

describe('a writer killed mid-batch', () => {
  it('reopens with a quick_check, keeps every committed batch and no partial one', async () => {
    const script = await buildNodeEntry('test/fixtures/crash-writer.ts', 'out/test/crash-writer.js');
    const file = path.join(tempDir(), 'crash.sqlite');
    const child = spawn(process.execPath, [script, file, String(ANSWERS_PER_BATCH), '200'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const { committed, signal } = await killMidBatch(child);
    expect(signal).toBe('SIGKILL');

    const db = await openWorkspaceDb(file, { create: false });
    try {
      expect(db.recoveredFromCrash).toBe(true);
      expect(await db.reader.all('PRAGMA quick_check')).toEqual([{ quick_check: 'ok' }]);
      const perResponse = await db.reader.all<{ id: string; answers: number }>(
        'SELECT r.id, (SELECT count(*) FROM answer a WHERE a.response_id = r.id) AS answers FROM response r ORDER BY r.id',
      );
      // Every committed batch survived (synchronous=FULL); the batch being written is whole or absent.
      expect(perResponse.length === committed || perResponse.length === committed + 1).toBe(true);
      expect(perResponse.map((r) => r.id).slice(0, committed)).toEqual(Array.from({ length: committed }, (_, i) => responseIdOf(i + 1)));
      expect(perResponse.filter((r) => r.answers !== ANSWERS_PER_BATCH)).toEqual([]);
      const orphans = await db.reader.get<{ n: number }>('SELECT count(*) AS n FROM answer WHERE response_id NOT IN (SELECT id FROM response)');
      expect(orphans?.n).toBe(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});
