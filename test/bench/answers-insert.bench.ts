import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertRows } from '../../main/core/db/batch-insert';
import { Connection } from '../../main/core/db/connection';
import { openWorkspaceDb, type WorkspaceDb } from '../../main/core/db/workspace-db';
import { JobRegistry } from '../../main/core/jobs/job-registry';
import { ANSWER_COLUMNS, ANSWERS_PER_RESPONSE, generateAnswers, writeAnswersCsv, type AnswerTable } from './answer-rows';
import { measureStall } from './event-loop-stall';
import { runSqliteShell } from './sqlite-shell';
import { median, round } from './stats';
import type { Measurement } from './measurement';

const RESPONSES = 50_000;
const RUNS = 5;
const RATIO_TARGET = 1.5;
const STALL_TARGET_MS = 100;
/** Rows per job chunk: the job yields to the event loop (checkpoint) between chunks. */
const CHUNK_ROWS = 10_000;
const STARTED_AT = '2026-01-15T09:00:00.000Z';

const log = (message: string) => process.stderr.write(`[answers.insert] ${message}\n`);

/** A new workspace with the real schema, a published survey version and its responses (the answers' parents). */
async function createWorkspace(file: string, responseIds: readonly string[]): Promise<void> {
  const db = await openWorkspaceDb(file, { create: true });
  await db.writer.transaction(async (tx) => {
    await tx.run('INSERT INTO survey (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)', ['bench-survey', 'Customer pulse', STARTED_AT, STARTED_AT]);
    await tx.run('INSERT INTO survey_version (id, survey_id, version, definition, published_at) VALUES (?, ?, 1, ?, ?)', ['bench-v1', 'bench-survey', '{}', STARTED_AT]);
    const responses = responseIds.map((id) => [id, 'bench-v1', 'complete', 'bench-device', STARTED_AT]);
    await insertRows(tx, 'response', ['id', 'survey_version_id', 'status', 'device_id', 'started_at'], responses);
  });
  await db.close();
}

/**
 * The app's way: a job that takes the rows chunk by chunk (as from a parser) and writes them all in
 * ONE transaction, yielding to the event loop between chunks. One
 * transaction because a job must leave the workspace as it was when cancelled or killed, and
 * because it commits (fsyncs the WAL under synchronous=FULL) once, as .import does.
 */
async function insertAsJob(db: WorkspaceDb, answers: AnswerTable): Promise<void> {
  const jobs = new JobRegistry(() => undefined);
  const job = jobs.start('bench.answers', async (ctx) => {
    await db.writer.transaction(async (tx) => {
      for (let start = 0; start < answers.length; start += CHUNK_ROWS) {
        await insertRows(tx, 'answer', ANSWER_COLUMNS, answers.rows(start, start + CHUNK_ROWS));
        ctx.progress(Math.min(start + CHUNK_ROWS, answers.length), answers.length);
        await ctx.checkpoint();
      }
    });
    return answers.length;
  });
  const done = await jobs.wait(job.id, 600_000);
  if (done.state !== 'succeeded') throw new Error(`Insert job ended ${done.state}: ${done.error?.message ?? ''}`);
}

async function timeWorkbench(file: string, answers: AnswerTable): Promise<{ ms: number; worstStallMs: number }> {
  const db = await openWorkspaceDb(file, { create: false });
  try {
    globalThis.gc?.();
    const { result: ms, worstStallMs } = await measureStall(async () => {
      const started = performance.now();
      await insertAsJob(db, answers);
      return performance.now() - started;
    });
    return { ms, worstStallMs };
  } finally {
    await db.close();
  }
}

/** The shell gets the pragmas the workspace sets on every open; .import runs in one transaction. */
const importScript = (csvFile: string) => `.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
.import --csv "${csvFile}" answer
`;

/**
 * Both files must hold the same rows in the same order. The shell stores '' where the workbench
 * stores NULL in the TEXT columns (see answer-rows.ts), so those compare through NULLIF.
 */
async function assertSameAnswers(workbenchFile: string, baselineFile: string, expected: number): Promise<void> {
  const conn = await Connection.open(workbenchFile, { readonly: false });
  try {
    await conn.run('ATTACH DATABASE ? AS baseline', [baselineFile]);
    const counts = await conn.get<{ w: number; b: number }>('SELECT (SELECT count(*) FROM main.answer) AS w, (SELECT count(*) FROM baseline.answer) AS b');
    if (counts?.w !== expected || counts.b !== expected) throw new Error(`Row counts differ: workbench ${counts?.w}, shell ${counts?.b}, expected ${expected}`);
    const differing = await conn.get<{ n: number }>(
      `SELECT count(*) AS n FROM main.answer w JOIN baseline.answer b ON b.rowid = w.rowid
       WHERE w.response_id IS NOT b.response_id OR w.question_id IS NOT b.question_id
          OR w.row_id IS NOT nullif(b.row_id, '') OR w.option_code IS NOT nullif(b.option_code, '')
          OR w.num IS NOT b.num OR typeof(w.num) IS NOT typeof(b.num) OR w.text IS NOT nullif(b.text, '')`,
    );
    if (differing?.n !== 0) throw new Error(`${differing?.n} rows differ between the workbench and the shell`);
  } finally {
    await conn.close();
  }
}

/** The two sides run different SQLite builds (bundled in node-sqlite3 vs the system shell); the report names both. */
async function sqliteVersions(): Promise<{ workbenchSqlite: string; shellSqlite: string }> {
  const conn = await Connection.open(':memory:', { readonly: false, create: true });
  const row = await conn.get<{ v: string }>('SELECT sqlite_version() AS v');
  await conn.close();
  return { workbenchSqlite: row?.v ?? 'unknown', shellSqlite: execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).split(' ')[0]! };
}

const removeWorkspace = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(file + suffix, { force: true });
};

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-'));
  try {
    const answers = generateAnswers(RESPONSES);
    const csvFile = path.join(dir, 'answers.csv');
    writeAnswersCsv(answers, csvFile);
    log(`${answers.length} rows (${RESPONSES} responses × ${ANSWERS_PER_RESPONSE}) generated`);

    const workbenchMs: number[] = [];
    const baselineMs: number[] = [];
    const stallsMs: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const workbenchFile = path.join(dir, `workbench-${run}.sqlite`);
      const baselineFile = path.join(dir, `baseline-${run}.sqlite`);
      await createWorkspace(workbenchFile, answers.responseIds);
      await createWorkspace(baselineFile, answers.responseIds);
      const workbench = async () => {
        const { ms, worstStallMs } = await timeWorkbench(workbenchFile, answers);
        workbenchMs.push(ms);
        stallsMs.push(worstStallMs);
      };
      const baseline = async () => {
        baselineMs.push(await runSqliteShell(baselineFile, importScript(csvFile)));
      };
      // Alternate which side goes first so disk and cache warm-up favour neither.
      for (const side of run % 2 ? [workbench, baseline] : [baseline, workbench]) await side();
      await assertSameAnswers(workbenchFile, baselineFile, answers.length);
      log(`run ${run}: workbench ${round(workbenchMs.at(-1)!)} ms (worst stall ${round(stallsMs.at(-1)!)} ms), shell ${round(baselineMs.at(-1)!)} ms, contents equal`);
      removeWorkspace(workbenchFile);
      removeWorkspace(baselineFile);
    }

    const ratio = median(workbenchMs) / median(baselineMs);
    const worstStall = Math.max(...stallsMs);
    return [
      {
        bench: 'answers.insert',
        rows: answers.length,
        runs: RUNS,
        workbenchMedianMs: round(median(workbenchMs)),
        baselineMedianMs: round(median(baselineMs)),
        ratio: round(ratio, 3),
        target: RATIO_TARGET,
        pass: ratio <= RATIO_TARGET,
        ...(await sqliteVersions()),
        workbenchRunsMs: workbenchMs.map((ms) => round(ms)),
        baselineRunsMs: baselineMs.map((ms) => round(ms)),
      },
      {
        bench: 'answers.insert.eventLoopStall',
        worstMs: round(worstStall),
        target: STALL_TARGET_MS,
        pass: worstStall < STALL_TARGET_MS,
        runsMs: stallsMs.map((ms) => round(ms)),
        // Stalls also count time the process waited for a core; a busy machine shows up here.
        cores: os.availableParallelism(),
        loadAverage: round(os.loadavg()[0]!, 2),
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
