import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JobState } from '../../main/api/jobs';
import type { ResponseImportResult } from '../../main/api/response-import';
import { Connection } from '../../main/core/db/connection';
import { createWorkspace, removeWorkspace, startBenchCore } from './bench-core';
import { measureStall } from './event-loop-stall';
import type { Measurement } from './measurement';
import { RSS_SAMPLE_MS, sampleRss } from './rss-sampler';
import { runSqliteShell } from './sqlite-shell';
import { median, round } from './stats';
import { definition, mapping, questions, writeExport } from './survey-export';

/** BENCH_RESPONSES scales it down for a quick local run; the targets are stated for 100,000. */
const ROWS = Number(process.env.BENCH_RESPONSES ?? 100_000);
const RUNS = 3;
const RATIO_TARGET = 2;
const RSS_TARGET_MB = 400;
/** The baseline's page cache: the whole answer table and its indexes fit (the shell is tuned for the job). */
const SHELL_CACHE_KIB = 512 * 1024;
const WAIT_MS = 600_000;

const log = (message: string) => process.stderr.write(`[responses.importCsv] ${message}\n`);

/** Set in the child process that runs one workbench import: { csvFile, workspace }. */
const CHILD_ENV = 'BENCH_RESPONSE_IMPORT_RUN';

interface WorkbenchRun {
  ms: number;
  peakRssMb: number;
  startRssMb: number;
  worstStallMs: number;
  worstStallAt: string | null;
  versionId: string;
}

/** The app's way, end to end: responses.importCsv through the real dispatch, waiting for its job; RSS sampled, the event loop watched. */
async function importWithWorkbench(csvFile: string, workspace: string): Promise<WorkbenchRun> {
  const core = await startBenchCore({ create: workspace });
  try {
    const { id } = await core.call<{ id: string }>('surveys.create', { title: 'Benchmark' });
    await core.call('surveys.update', { id, definition });
    const { versionId } = await core.call<{ versionId: string }>('surveys.publish', { id });
    const rss = sampleRss();
    const where = () => {
      const progress = core.lastJob()?.progress;
      return progress ? `${progress.phase ?? 'starting'} ${progress.done}/${progress.total ?? '?'}` : 'before the job reported progress';
    };
    try {
      const { result: ms, worstStallMs, worstStallAt } = await measureStall(async () => {
        const started = performance.now();
        const input = { surveyVersionId: versionId, file: { path: csvFile }, mapping, startedAt: { column: 'start' }, completedAt: { column: 'end' } };
        const { jobId } = await core.call<{ jobId: string }>('responses.importCsv', input);
        let job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
        while (job.state === 'running') job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
        const result = job.result as ResponseImportResult | null;
        if (job.state !== 'succeeded' || result?.added !== ROWS) throw new Error(`Import ended ${job.state}: ${job.error?.message ?? result?.message}`);
        return performance.now() - started;
      }, where);
      return { ms, worstStallMs, worstStallAt, peakRssMb: rss.peakMb(), startRssMb: rss.startMb, versionId };
    } finally {
      rss.stop();
    }
  } finally {
    await core.close();
  }
}

/**
 * One workbench import in a fresh Node process (this bundle again, told by CHILD_ENV what to do), so
 * its peak memory is the import's own: in one process, memory freed by an earlier run (SQLite's page
 * caches, V8's heap) is not given back to the system and would count again.
 */
function importInChild(csvFile: string, workspace: string): Promise<WorkbenchRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', process.argv[1]!, 'response-import'], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify({ csvFile, workspace }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject).on('close', (code) => {
      const line = out.split('\n').find((l) => l.includes('"responses.importCsv.run"'));
      if (code !== 0 || !line) reject(new Error(`The import process failed (exit code ${code}); its error is above.`));
      else resolve(JSON.parse(line) as WorkbenchRun);
    });
  });
}

/**
 * The same responses and answers in long form, as the shell's baseline loads them: written from what
 * the workbench stored (not timed). Numbers are quarters, which decimal text carries exactly.
 */
async function writeLongForm(workspace: string, dir: string): Promise<{ responses: string; answers: string; answerRows: number; version: { id: string; surveyId: string; definition: string } }> {
  const conn = await Connection.open(workspace, { readonly: true });
  const csv = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  /** A page of rows at a time, so the benchmark itself holds little while the next import is measured. */
  const dump = async (file: string, columns: string, table: string) => {
    const out = fs.openSync(file, 'w');
    let count = 0;
    for (let after = 0; ; ) {
      const rows = await conn.all<Record<string, string | number | null>>(`SELECT rowid AS rid, ${columns} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 50000`, [after]);
      if (rows.length === 0) break;
      after = rows.at(-1)!.rid as number;
      count += rows.length;
      fs.writeSync(out, rows.map(({ rid, ...row }) => Object.values(row).map(csv).join(',')).join('\n') + '\n');
    }
    fs.closeSync(out);
    return count;
  };
  try {
    const responses = path.join(dir, 'long-responses.csv');
    const answers = path.join(dir, 'long-answers.csv');
    await dump(responses, 'id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash', 'response');
    const answerRows = await dump(answers, 'response_id, question_id, row_id, option_code, num, text', 'answer');
    const version = (await conn.get<{ id: string; surveyId: string; definition: string }>('SELECT id, survey_id AS surveyId, definition FROM survey_version'))!;
    return { responses, answers, answerRows, version };
  } finally {
    await conn.close();
  }
}

/** A new workspace (its migrations applied by the app) holding the survey version, ready for the shell. */
async function prepareBaseline(file: string, version: { id: string; surveyId: string; definition: string }): Promise<void> {
  await createWorkspace(file);
  const conn = await Connection.open(file, { readonly: false });
  try {
    const at = '2026-03-01T00:00:00.000Z';
    await conn.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES (?, 'Benchmark', ?, ?)", [version.surveyId, at, at]);
    await conn.run("INSERT INTO survey_version (id, survey_id, version, definition, published_at, breaks, updated_at) VALUES (?, ?, 1, ?, ?, '[]', ?)", [version.id, version.surveyId, version.definition, at, at]);
  } finally {
    await conn.close();
  }
}

/**
 * The native baseline: the shell loads the responses and their answers in long form into the
 * workspace's own tables (same schema, indexes and pragmas), in one transaction, with a page cache
 * sized for the job: each CSV is read by .import into a TEMP table without indexes, then inserted in
 * one statement, empty fields as NULL (.import stores '', which a STRICT REAL column refuses). This
 * was faster than .import through a view whose INSTEAD OF trigger inserts each row (3.1 s against 3.7 s
 * for 600,000 answers). No checking at all.
 */
const shellScript = (long: { responses: string; answers: string }) => `.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
PRAGMA cache_size = -${SHELL_CACHE_KIB};
CREATE TEMP TABLE response_in (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash);
CREATE TEMP TABLE answer_in (response_id, question_id, row_id, option_code, num, text);
BEGIN;
.import --csv ${long.responses} response_in
.import --csv ${long.answers} answer_in
INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash) SELECT id, survey_version_id, nullif(member_id, ''), status, device_id, started_at, nullif(completed_at, ''), content_hash FROM response_in;
INSERT INTO answer SELECT response_id, question_id, nullif(row_id, ''), nullif(option_code, ''), CAST(nullif(num, '') AS REAL), nullif(text, '') FROM answer_in;
COMMIT;
`;

/** Both files must hold the same responses (by content hash, which covers answers and times) and the same answer rows. */
async function assertSameContent(workbench: string, baseline: string): Promise<void> {
  const conn = await Connection.open(workbench, { readonly: false });
  try {
    await conn.run('ATTACH DATABASE ? AS baseline', [baseline]);
    const diff = await conn.get<{ w: number; b: number; wa: number; ba: number; responses: number; answers: number }>(
      `SELECT (SELECT count(*) FROM main.response) AS w, (SELECT count(*) FROM baseline.response) AS b,
         (SELECT count(*) FROM main.answer) AS wa, (SELECT count(*) FROM baseline.answer) AS ba,
         (SELECT count(*) FROM (SELECT id, content_hash, started_at, completed_at FROM main.response EXCEPT SELECT id, content_hash, started_at, completed_at FROM baseline.response)) AS responses,
         (SELECT count(*) FROM (SELECT response_id, question_id, row_id, option_code, num, text FROM main.answer
                                EXCEPT SELECT response_id, question_id, row_id, option_code, num, text FROM baseline.answer)) AS answers`,
    );
    if (diff?.w !== ROWS || diff.b !== ROWS || diff.wa !== diff.ba || diff.responses !== 0 || diff.answers !== 0) {
      throw new Error(`Contents differ: ${JSON.stringify(diff)}`);
    }
  } finally {
    await conn.close();
  }
}

export async function run(): Promise<Measurement[]> {
  const child = process.env[CHILD_ENV];
  if (child) {
    const { csvFile, workspace } = JSON.parse(child) as { csvFile: string; workspace: string };
    return [{ bench: 'responses.importCsv.run', ...(await importWithWorkbench(csvFile, workspace)) }];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-responses-'));
  try {
    const csvFile = path.join(dir, 'export.csv');
    writeExport(csvFile, ROWS);
    const csvBytes = fs.statSync(csvFile).size;
    log(`${ROWS} rows × ${questions.length} questions (${mapping.length} columns), ${round(csvBytes / 1024 / 1024)} MiB generated`);
    const runs: WorkbenchRun[] = [];
    const shellMs: number[] = [];
    let answerRows = 0;
    for (let i = 1; i <= RUNS; i++) {
      const workbenchFile = path.join(dir, `workbench-${i}.sqlite`);
      const shellFile = path.join(dir, `shell-${i}.sqlite`);
      runs.push(await importInChild(csvFile, workbenchFile));
      const long = await writeLongForm(workbenchFile, dir);
      answerRows = long.answerRows;
      await prepareBaseline(shellFile, long.version);
      shellMs.push(await runSqliteShell(shellFile, shellScript(long)));
      await assertSameContent(workbenchFile, shellFile);
      const m = runs.at(-1)!;
      log(`run ${i}: workbench ${round(m.ms)} ms (peak RSS ${round(m.peakRssMb)} MB from ${round(m.startRssMb)} MB, worst stall ${round(m.worstStallMs)} ms at ${m.worstStallAt}), shell ${round(shellMs.at(-1)!)} ms, same content`);
      removeWorkspace(workbenchFile);
      removeWorkspace(shellFile);
    }
    const workbenchMs = runs.map((m) => m.ms);
    const ratio = median(workbenchMs) / median(shellMs);
    const peak = Math.max(...runs.map((m) => m.peakRssMb));
    return [
      {
        bench: 'responses.importCsv',
        rows: ROWS,
        questions: questions.length,
        columns: mapping.length + 2,
        answerRows,
        csvMiB: round(csvBytes / 1024 / 1024),
        runs: RUNS,
        workbench: 'responses.importCsv via dispatch → job: sniff, parse (papaparse), check every value against its question, UUID and content hash per row, stage per chunk in a TEMP table, merge into response and answer in one transaction',
        baseline: `sqlite3 shell: the same responses and answers in long form, .import into TEMP tables then inserted into the workspace tables (same schema, indexes, pragmas), empty fields as NULL, in one transaction, cache_size ${SHELL_CACHE_KIB / 1024} MiB; no checks`,
        workbenchMedianMs: round(median(workbenchMs)),
        baselineMedianMs: round(median(shellMs)),
        ratio: round(ratio, 3),
        target: RATIO_TARGET,
        pass: ratio <= RATIO_TARGET,
        workbenchRunsMs: workbenchMs.map((ms) => round(ms)),
        baselineRunsMs: shellMs.map((ms) => round(ms)),
        worstStallMs: round(Math.max(...runs.map((m) => m.worstStallMs))),
      },
      {
        bench: 'responses.importCsv.peakRss',
        peakMb: round(peak),
        target: RSS_TARGET_MB,
        pass: peak < RSS_TARGET_MB,
        runsMb: runs.map((m) => round(m.peakRssMb)),
        atStartMb: runs.map((m) => round(m.startRssMb)),
        sampledEveryMs: RSS_SAMPLE_MS,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
