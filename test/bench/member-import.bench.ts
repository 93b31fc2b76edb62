import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ColumnMapping, ImportResult } from '../../main/api/member-import';
import { Connection } from '../../main/core/db/connection';
import { openWorkspaceDb } from '../../main/core/db/workspace-db';
import { Session } from '../../main/core/session';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { measureStall } from './event-loop-stall';
import type { Measurement } from './measurement';
import { runSqliteShell } from './sqlite-shell';
import { median, round } from './stats';

/** ICW_BENCH_IMPORT_ROWS scales it down for a quick local run; the target is stated for 1,000,000. */
const ROWS = Number(process.env.ICW_BENCH_IMPORT_ROWS ?? 1_000_000);
const RUNS = 3;
const RATIO_TARGET = 3;
const RSS_TARGET_MB = 400;
const STALL_TARGET_MS = 100;
const RSS_SAMPLE_MS = 25;


const log = (message: string) => process.stderr.write(`[members.import] ${message}\n`);

const HEADER = ['external_id', 'name', 'email', 'phone', 'country', 'city', 'gender', 'birth_year', 'joined', 'source', 'stage', 'consent'];
const mapping: ColumnMapping[] = [
  { column: 'external_id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'phone', target: 'phone' },
  { column: 'country', target: 'country' },
  { column: 'city', target: 'city' },
  { column: 'gender', target: 'gender' },
  { column: 'birth_year', target: 'birthYear' },
  { column: 'joined', target: 'joinedAt' },
  { column: 'source', target: 'sourceChannel' },
  { column: 'stage', target: 'lifecycleStage' },
  { column: 'consent', target: 'consentStatus' },
];

/** Deterministic PRNG (mulberry32), so every run and both sides read the same file. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const FIRST = ['Anna', 'Ivan', 'Wei', 'Maria', 'John', 'Olga', 'Sofia', 'Lukas', 'Emma', 'Noah', 'Дмитрий', 'Елена', '小明', '丽', 'Fatima', 'Yuki'];
const LAST = ['Smith', 'Ivanova', 'Wang', 'Müller', 'Rossi', 'García', 'Петров', '陈', 'Kim', 'Nguyen', 'Brown', 'Kowalski'];
const PLACES: [string, string][] = [['US', 'Austin'], ['GB', 'Leeds'], ['CN', '上海'], ['RU', 'Казань'], ['DE', 'Köln'], ['FR', 'Lyon'], ['IN', 'Pune'], ['BR', 'Recife'], ['JP', '大阪'], ['IT', 'Torino']];
const GENDERS = ['female', 'male', 'other', 'undisclosed'];
const SOURCES = ['web', 'referral', 'event', 'social', 'newsletter'];
const STAGES = ['acquisition', 'activation', 'retention', 'monetization'];
const CONSENTS = ['granted', 'unknown', 'withdrawn'];

/** A panel export with 12 columns, every field filled (the shell would store '' for an empty one). */
function writeMembersCsv(file: string, rows: number): void {
  const r = random(20_260_115);
  const out = fs.openSync(file, 'w');
  let buf = `${HEADER.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const [country, city] = PLACES[r(PLACES.length)]!;
    const day = `20${10 + r(15)}-${String(r(12) + 1).padStart(2, '0')}-${String(r(28) + 1).padStart(2, '0')}`;
    buf += `X${1_000_000 + i},${FIRST[r(FIRST.length)]} ${LAST[r(LAST.length)]},member${i}.${r(1000)}@example${r(50)}.org,+${r(90) + 1} ${r(900) + 100} ${r(9_000_000) + 1_000_000},`;
    buf += `${country},${city},${GENDERS[r(4)]},${1940 + r(65)},${day},${SOURCES[r(5)]},${STAGES[r(4)]},${CONSENTS[r(3)]}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

/** A new workspace file with the real schema, made by the app's own migrations; both sides start from one. */
async function createWorkspace(file: string): Promise<void> {
  await (await openWorkspaceDb(file, { create: true })).close();
}

/**
 * The baseline: the shell's .import of the same CSV into the workspace's member table (the same
 * columns, the same b-tree indexes and the same FTS5 search indexes, kept by the same triggers),
 * through a view whose INSTEAD OF trigger adds what the table needs (keys with the shell's ASCII
 * lower(), a random code, timestamps). It does no checking, no duplicate detection and no staging.
 */
const baselineScript = (csvFile: string) => `.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
CREATE TEMP VIEW csv_in (${HEADER.join(', ')}) AS SELECT external_id, name, email, phone, country, city, gender, birth_year,
  joined_at, source_channel, lifecycle_stage, consent_status FROM member WHERE 0;
CREATE TEMP TRIGGER csv_in_insert INSTEAD OF INSERT ON csv_in BEGIN
  INSERT INTO member (code, external_id, name, name_key, email, email_key, phone, country, city, gender, birth_year, joined_at,
    source_channel, lifecycle_stage, consent_status, created_at, updated_at)
  VALUES ('M-' || hex(randomblob(8)), new.external_id, new.name, lower(new.name), new.email, lower(new.email), new.phone, new.country,
    new.city, new.gender, CAST(new.birth_year AS INTEGER), new.joined, new.source, new.stage, new.consent, '2026-01-15', '2026-01-15');
END;
.import --csv --skip 1 ${csvFile} csv_in
`;

/** The app's way, end to end: members.import through the real dispatch, waiting for its job; RSS sampled meanwhile. */
async function timeWorkbench(homeDir: string, workspaceFile: string, csvFile: string): Promise<{ ms: number; worstStallMs: number; worstStallAt: string | null; worstStallStolenMs: number; worstOwnStallMs: number; longGcMs: number[]; peakRssMb: number; startRssMb: number }> {
  const session = new Session({ host: 'electron', version: 'bench', homeDir, allowedDirs: null, emit: () => undefined });
  const dispatch = createDispatch(createHandlers(session));
  await session.open(workspaceFile);
  globalThis.gc?.();
  // What the process held before the import (the runtime, the CSV generator's leftovers): the peak includes it.
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), RSS_SAMPLE_MS);
  try {
    let jobId: string | null = null;
    const where = () => {
      const progress = jobId ? session.jobs.get(jobId)?.progress : null;
      return progress ? `${progress.phase ?? 'starting'} ${progress.done}/${progress.total ?? '?'}` : 'before the job started';
    };
    const { result: ms, worstStallMs, worstStallAt, worstStallStolenMs, worstOwnStallMs, longGcMs } = await measureStall(async () => {
      const started = performance.now();
      const answer = await dispatch('members.import', { file: { path: csvFile }, mapping, onDuplicate: 'skip' });
      if (!answer.ok) throw new Error(answer.error.message);
      jobId = (answer.data as { jobId: string }).jobId;
      const job = await session.jobs.wait(jobId, 3_600_000);
      const result = job.result as ImportResult | null;
      if (job.state !== 'succeeded' || result?.inserted !== ROWS) throw new Error(`Import ended ${job.state}: ${job.error?.message ?? result?.message}`);
      return performance.now() - started;
    }, where);
    return { ms, worstStallMs, worstStallAt, worstStallStolenMs, worstOwnStallMs, longGcMs, peakRssMb: peakRss / 1024 / 1024, startRssMb: startRss / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
    await session.closeWorkspace();
  }
}

/** Both files must hold the same members: same external ids, names, emails and birth years, and a search index of the same size. */
async function assertSameMembers(workbenchFile: string, baselineFile: string): Promise<void> {
  const conn = await Connection.open(workbenchFile, { readonly: false });
  try {
    await conn.run('ATTACH DATABASE ? AS baseline', [baselineFile]);
    const differing = await conn.get<{ n: number; w: number; b: number }>(
      `SELECT (SELECT count(*) FROM main.member) AS w, (SELECT count(*) FROM baseline.member) AS b,
        (SELECT count(*) FROM main.member m JOIN baseline.member x ON x.external_id = m.external_id
         WHERE m.name IS NOT x.name OR m.email IS NOT x.email OR m.phone IS NOT x.phone OR m.city IS NOT x.city
            OR m.birth_year IS NOT x.birth_year OR m.joined_at IS NOT x.joined_at OR m.consent_status IS NOT x.consent_status) AS n`,
    );
    if (differing?.w !== ROWS || differing.b !== ROWS || differing.n !== 0) {
      throw new Error(`Members differ: workbench ${differing?.w}, shell ${differing?.b}, ${differing?.n} rows with other values`);
    }
  } finally {
    await conn.close();
  }
}

/**
 * A control: a second, idle Node process watches its own event loop while the import runs. Its
 * worst stall is what the machine alone causes (other load, disk writeback), not the import.
 */
function idleNeighbour(): { stop: () => Promise<number> } {
  const script = `const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 10 }); h.enable();
    process.stdin.resume(); process.stdin.on('end', () => { process.stdout.write(String(h.max / 1e6)); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        child.on('error', reject).on('close', () => resolve(Number(out)));
        child.stdin.end();
      }),
  };
}

const removeWorkspace = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(file + suffix, { force: true });
};

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-import-'));
  try {
    const csvFile = path.join(dir, 'members.csv');
    writeMembersCsv(csvFile, ROWS);
    const csvBytes = fs.statSync(csvFile).size;
    log(`${ROWS} members, ${HEADER.length} columns, ${round(csvBytes / 1024 / 1024)} MiB generated`);
    const workbenchMs: number[] = [];
    const baselineMs: number[] = [];
    const stallsMs: number[] = [];
    const stallsAt: (string | null)[] = [];
    const stolenAt: number[] = [];
    const ownStallsMs: number[] = [];
    const gcsMs: number[][] = [];
    const peaksMb: number[] = [];
    const startsMb: number[] = [];
    const idleStallsMs: number[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const workbenchFile = path.join(dir, `workbench-${i}.sqlite`);
      const baselineFile = path.join(dir, `baseline-${i}.sqlite`);
      await createWorkspace(workbenchFile);
      await createWorkspace(baselineFile);
      const workbench = async () => {
        const neighbour = idleNeighbour();
        const m = await timeWorkbench(path.join(dir, `home-${i}`), workbenchFile, csvFile);
        idleStallsMs.push(await neighbour.stop());
        workbenchMs.push(m.ms);
        stallsMs.push(m.worstStallMs);
        stallsAt.push(m.worstStallAt);
        stolenAt.push(m.worstStallStolenMs);
        ownStallsMs.push(m.worstOwnStallMs);
        gcsMs.push(m.longGcMs);
        peaksMb.push(m.peakRssMb);
        startsMb.push(m.startRssMb);
      };
      const baseline = async () => baselineMs.push(await runSqliteShell(baselineFile, baselineScript(csvFile)));
      // Alternate which side goes first so disk and cache warm-up favour neither.
      for (const side of i % 2 ? [workbench, baseline] : [baseline, workbench]) await side();
      await assertSameMembers(workbenchFile, baselineFile);
      log(
        `run ${i}: workbench ${round(workbenchMs.at(-1)!)} ms (peak RSS ${round(peaksMb.at(-1)!)} MB from ${round(startsMb.at(-1)!)} MB at the start, worst stall ${round(stallsMs.at(-1)!)} ms at ${stallsAt.at(-1)} (${stolenAt.at(-1)} ms of it stolen by the hypervisor; worst without stolen time ${round(ownStallsMs.at(-1)!)} ms), GC pauses over 50 ms: [${gcsMs.at(-1)!.join(', ')}], idle neighbour ${round(idleStallsMs.at(-1)!)} ms), shell ${round(baselineMs.at(-1)!)} ms, same members`,
      );
      removeWorkspace(workbenchFile);
      removeWorkspace(baselineFile);
    }
    const ratio = median(workbenchMs) / median(baselineMs);
    const peak = Math.max(...peaksMb);
    const stall = Math.max(...stallsMs);
    return [
      {
        bench: 'members.import',
        rows: ROWS,
        columns: HEADER.length,
        csvMiB: round(csvBytes / 1024 / 1024),
        runs: RUNS,
        workbench: 'members.import via dispatch → job: sniff, parse (papaparse), check every value, stage in TEMP tables, duplicate detection, merge in one transaction',
        baseline: "sqlite3 shell .import of the same CSV into the workspace member table (same columns, b-tree and FTS5 indexes via the same triggers, same pragmas), through a view adding ASCII lower() keys, a random code and timestamps; no checks",
        workbenchMedianMs: round(median(workbenchMs)),
        baselineMedianMs: round(median(baselineMs)),
        ratio: round(ratio, 3),
        target: RATIO_TARGET,
        pass: ratio <= RATIO_TARGET,
        workbenchRunsMs: workbenchMs.map((ms) => round(ms)),
        baselineRunsMs: baselineMs.map((ms) => round(ms)),
      },
      { bench: 'members.import.peakRss', peakMb: round(peak), target: RSS_TARGET_MB, pass: peak < RSS_TARGET_MB, runsMb: peaksMb.map((mb) => round(mb)), atStartMb: startsMb.map((mb) => round(mb)), sampledEveryMs: RSS_SAMPLE_MS },
      {
        bench: 'members.import.eventLoopStall',
        worstMs: round(stall),
        target: STALL_TARGET_MS,
        pass: stall < STALL_TARGET_MS,
        runsMs: stallsMs.map((ms) => round(ms)),
        /** The import's phase and progress when each run's worst stall ended. */
        runsAt: stallsAt,
        /** CPU time the hypervisor stole during each run's worst stall (/proc/stat steal, all CPUs). */
        stolenDuringWorstMs: stolenAt,
        /** Each run's worst stall with the stolen time taken off: the import's own share. */
        ownWorstMs: ownStallsMs.map((ms) => round(ms)),
        longGcMs: gcsMs,
        /** The same measure in an idle process running beside the import: the machine's own share. */
        idleNeighbourMs: idleStallsMs.map((ms) => round(ms)),
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
