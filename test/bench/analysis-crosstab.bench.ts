import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SurveyDefinitionInput } from '../../main/model/survey/definition';
import { Connection } from '../../main/core/db/connection';
import { startBenchCore } from './bench-core';
import type { Measurement } from './measurement';
import { percentile } from './members-table.bench';
import { median, round } from './stats';

/** BENCH_RESPONSES scales it down for a quick local run; the targets are stated for 100,000. */
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const QUESTIONS = 25;
const WARM_RUNS = 40;
const SHELL_RUNS = 9;
const WARM_P95_TARGET_MS = 150;
const FIRST_TARGET_MS = 500;
/** Five birth-year bands, one segment each (they do not overlap, so chi-square runs too). */
const BANDS: [number, number][] = [[1940, 1959], [1960, 1969], [1970, 1979], [1980, 1989], [1990, 2009]];

const log = (message: string) => process.stderr.write(`[analysis.crosstab] ${message}\n`);

const options = Array.from({ length: 5 }, (_, i) => ({ code: `c${i + 1}`, label: `Choice ${i + 1}` }));
const definition: SurveyDefinitionInput = {
  language: 'en',
  settings: { limits: { items: 100, minutes: 60 } },
  pages: [{ id: 'p1', questions: Array.from({ length: QUESTIONS }, (_, i) => ({ id: `q${i + 1}`, type: 'single' as const, text: `Question ${i + 1}?`, options })) }],
};

/**
 * The panel and its answers, written straight in SQL (a fixture, not timed): one member per
 * response, birth years spread 1940–2009, 25 single-choice answers per response (2.5 M answer rows),
 * the first question leaning with age so the table has something to find.
 */
async function writeAnswers(file: string, versionId: string): Promise<void> {
  const conn = await Connection.open(file, { readonly: false });
  try {
    await conn.run('PRAGMA cache_size = -262144');
    await conn.run('BEGIN');
    const numbers = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${RESPONSES})`;
    await conn.run(`${numbers} INSERT INTO member (code, birth_year, created_at, updated_at)
      SELECT printf('B%07d', i), 1940 + (i * 7919) % 70, '2026-01-01', '2026-01-01' FROM n`);
    await conn.run(`${numbers} INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash)
      SELECT printf('00000000-0000-4000-8000-%012d', i), ?, i, 'complete', 'bench', '2026-02-01T10:00:00Z', '2026-02-01T10:05:00Z', 'h' || i FROM n`, [versionId]);
    await conn.run(`${numbers}, q(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < ${QUESTIONS})
      INSERT INTO answer (response_id, question_id, option_code)
      SELECT printf('00000000-0000-4000-8000-%012d', i), 'q' || k,
             'c' || (1 + CASE WHEN k = 1 THEN ((i * 7919) % 70 / 20 + (i * 31) % 3) % 5 ELSE (i * (k + 13) * 2654435761) % 5 END)
      FROM n CROSS JOIN q ORDER BY i, k`);
    await conn.run('COMMIT');
  } finally {
    await conn.close();
  }
}

/**
 * The crosstab's SQL as the workbench runs it, with the values written in, for the shell: each
 * segment's condition read once per respondent into a TEMP table of flags (what the first call
 * does), then one GROUP BY over the question's answers joined to it (what each call does).
 */
const shellScript = (versionId: string) => {
  const flags = BANDS.map(([from, to], i) => `CASE WHEN (m.birth_year IS NOT NULL AND m.birth_year BETWEEN ${from} AND ${to}) THEN 1 ELSE 0 END AS c${i}`);
  const columns = BANDS.map((_, i) => `c${i}`);
  return {
    flags: `CREATE TEMP TABLE f1 (response_id TEXT PRIMARY KEY, ${columns.map((c) => `${c} INTEGER NOT NULL`).join(', ')}, multi INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO temp.f1 SELECT response_id, ${columns.join(', ')}, ${columns.join(' + ')} > 1
FROM (SELECT r.id AS response_id, ${flags.join(', ')} FROM response r JOIN member m ON m.id = r.member_id WHERE r.survey_version_id IN ('${versionId}') AND r.status = 'complete')
WHERE ${columns.join(' + ')} > 0 ORDER BY response_id;`,
    query: `SELECT a.option_code AS rk, ${columns.map((c) => `sum(f.${c}) AS ${c}`).join(', ')}, sum(f.multi) AS overlap
FROM answer a CROSS JOIN temp.f1 f ON f.response_id = a.response_id WHERE a.question_id = 'q1' AND a.row_id IS NULL GROUP BY rk;`,
  };
};

interface ShellRun {
  /** Wall time, ms. */
  ms: number;
  /** CPU time (user + system), ms: what the query cost, whatever else loads the machine. */
  cpuMs: number;
}

/**
 * The shell's own timing (`.timer on`, "Run Time: real … user … sys …") of each statement: the flags
 * table's two (filled from a cold cache, as the workbench's first call), then the query `runs` times.
 */
function shellTimes(file: string, script: { flags: string; query: string }, runs: number): Promise<{ flags: ShellRun; queries: ShellRun[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sqlite3', ['-batch', file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('error', reject).on('close', (code) => {
      const times = [...out.matchAll(/Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/g)].map((m) => ({ ms: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 }));
      if (code !== 0 || err || times.length !== runs + 2) reject(new Error(`sqlite3 exited with ${code}: ${err.slice(0, 500)}`));
      else resolve({ flags: { ms: times[0]!.ms + times[1]!.ms, cpuMs: times[0]!.cpuMs + times[1]!.cpuMs }, queries: times.slice(2) });
    });
    // The workbench reader's settings (core/db/pragmas.ts): a page cache that keeps the indexes walked, TEMP tables in memory.
    child.stdin.end(`PRAGMA cache_size = -65536;\nPRAGMA temp_store = MEMORY;\n.timer on\n${script.flags}\n${Array.from({ length: runs }, () => script.query).join('\n')}\n`);
  });
}

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-crosstab-'));
  const file = path.join(dir, 'crosstab.sqlite');
  try {
    let core = await startBenchCore({ create: file });
    const { id } = await core.call<{ id: string }>('surveys.create', { title: 'Benchmark' });
    await core.call('surveys.update', { id, definition });
    const { versionId } = await core.call<{ versionId: string }>('surveys.publish', { id });
    await core.close();
    let started = performance.now();
    await writeAnswers(file, versionId);
    log(`${RESPONSES} responses × ${QUESTIONS} questions written in ${round((performance.now() - started) / 1000)} s`);

    core = await startBenchCore({ open: file });
    const segmentIds: number[] = [];
    for (const [from, to] of BANDS) {
      const saved = await core.call<{ id: number }>('segments.save', { name: `Born ${from}–${to}`, filter: { field: 'birthYear', op: 'between', value: [from, to] } });
      segmentIds.push(saved.id);
    }
    await core.close();

    // First run after opening the workspace: a new session, the file's pages not in SQLite's cache.
    core = await startBenchCore({ open: file });
    const input = { surveyVersionId: versionId, questionId: 'q1', by: { kind: 'segments', segmentIds } };
    started = performance.now();
    const firstCpu = process.cpuUsage();
    const first = await core.call<{ counts: number[][]; chiSquare: { p: number } | null }>('analysis.crosstab', input);
    const firstMs = performance.now() - started;
    const firstCpuUsed = process.cpuUsage(firstCpu);
    const firstCpuMs = (firstCpuUsed.user + firstCpuUsed.system) / 1000;
    const counted = first.counts.flat().reduce((a, b) => a + b, 0);
    if (counted !== RESPONSES) throw new Error(`The crosstab counted ${counted} answers; expected ${RESPONSES}`);
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      started = performance.now();
      const cpu = process.cpuUsage();
      await core.call('analysis.crosstab', input);
      warm.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      warmCpu.push((used.user + used.system) / 1000);
    }
    await core.close();
    warm.sort((a, b) => a - b);
    const { flags: shellFlags, queries } = await shellTimes(file, shellScript(versionId), SHELL_RUNS + 1);
    const shell = queries.slice(1);
    const [shellFirstMs, shellFirstCpuMs] = [shellFlags.ms + queries[0]!.ms, shellFlags.cpuMs + queries[0]!.cpuMs];
    const [warmP95, warmMedian, shellMedian] = [percentile(warm, 0.95), median(warm), median(shell.map((r) => r.ms))];
    const [warmCpuMedian, shellCpuMedian] = [median(warmCpu), median(shell.map((r) => r.cpuMs))];
    log(`first ${round(firstMs)} ms (CPU ${round(firstCpuMs)} ms; shell ${round(shellFirstMs)} ms, CPU ${round(shellFirstCpuMs)} ms), warm p95 ${round(warmP95)} ms (median ${round(warmMedian)} ms, CPU ${round(warmCpuMedian)} ms), shell median ${round(shellMedian)} ms (CPU ${round(shellCpuMedian)} ms)`);
    return [
      {
        bench: 'analysis.crosstab',
        responses: RESPONSES,
        questions: QUESTIONS,
        answerRows: RESPONSES * QUESTIONS,
        segments: BANDS.length,
        firstMs: round(firstMs),
        firstTargetMs: FIRST_TARGET_MS,
        firstCpuMs: round(firstCpuMs),
        shellFirstMs: round(shellFirstMs, 2),
        shellFirstCpuMs: round(shellFirstCpuMs, 2),
        firstRatioToShell: round(firstMs / shellFirstMs, 2),
        warmP50Ms: round(warmMedian, 2),
        warmP95Ms: round(warmP95, 2),
        warmTargetMs: WARM_P95_TARGET_MS,
        meetsTarget: warmP95 < WARM_P95_TARGET_MS && firstMs < FIRST_TARGET_MS,
        warmCpuMedianMs: round(warmCpuMedian, 2),
        shellMedianMs: round(shellMedian, 2),
        shellCpuMedianMs: round(shellCpuMedian, 2),
        shellRuns: shell.map((r) => round(r.ms, 2)),
        ratioToShell: round(warmMedian / shellMedian, 2),
        cpuRatioToShell: round(warmCpuMedian / shellCpuMedian, 2),
        loadAverage: round(os.loadavg()[0]!, 2),
        chiSquareP: first.chiSquare?.p ?? null,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
