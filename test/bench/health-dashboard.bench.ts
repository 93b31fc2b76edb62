import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rebuildMemberDays } from '../../main/core/community/import/member-days';
import { Connection } from '../../main/core/db/connection';
import { startBenchCore } from './bench-core';
import type { Measurement } from './measurement';
import { percentile } from './members-table.bench';
import { median, round } from './stats';

/** BENCH_HEALTH_MEMBERS / BENCH_HEALTH_EVENTS scale it down for a quick local run; the targets are stated for 1,000,000 and 10,000,000. */
const MEMBERS = Number(process.env.BENCH_HEALTH_MEMBERS ?? 1_000_000);
const EVENTS = Number(process.env.BENCH_HEALTH_EVENTS ?? 10_000_000);
const WARM_RUNS = 7;
const WARM_P95_TARGET_MS = 1000;
const FIRST_TARGET_MS = 3000;
/** The fixture's "today": events cover the year before it, joins the two years before it. */
const TODAY = '2026-06-30';
const END = Date.parse(`${TODAY}T00:00:00Z`) / 1000 + 86_400;
const YEAR = 365 * 86_400;
/** Built once per size and kept (it takes minutes at full size); .bench-tmp/ (in the folder the bench runs from) is git-ignored. */
const FIXTURE_DIR = path.resolve('.bench-tmp');

const log = (message: string) => process.stderr.write(`[analysis.health] ${message}\n`);

/**
 * Members, their derived stages, one survey's responses and the activity events, in SQL straight
 * into the schema (not timed). Member ids are 1..MEMBERS; an event's member, time and type are spread
 * by multiplicative hashing, so every period has members of every kind; a fifth of the panel is in China.
 */
async function writeFixture(file: string, versionId: string): Promise<void> {
  const conn = await Connection.open(file, { readonly: false });
  try {
    await conn.run('PRAGMA cache_size = -262144');
    await conn.run('BEGIN');
    const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})`;
    await conn.run(`${numbers(MEMBERS)} INSERT INTO member (code, country, joined_at, lifecycle_stage, created_at, updated_at)
      SELECT printf('H%08d', i), CASE i % 5 WHEN 0 THEN 'CN' WHEN 1 THEN 'DE' WHEN 2 THEN 'US' WHEN 3 THEN 'RU' ELSE 'FR' END,
             date('${TODAY}', '-' || ((i * 7919) % 730) || ' days'), CASE WHEN i % 40 = 0 THEN 'retention' END, '2026-01-01', '2026-01-01' FROM n`);
    await conn.run(`INSERT INTO member_community (member_id, derived_stage)
      SELECT id, CASE id % 10 WHEN 0 THEN NULL WHEN 1 THEN 'monetization' WHEN 2 THEN 'retention' WHEN 3 THEN 'retention' WHEN 4 THEN 'activation' ELSE 'acquisition' END FROM member`);
    await conn.run(`${numbers(Math.ceil(MEMBERS / 10))} INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash)
      SELECT printf('00000000-0000-4000-8000-%012d', i), ?, i * 10, 'complete', 'bench', '2026-06-01T10:00:00Z', '2026-06-01T10:05:00Z', 'h' || i FROM n`, [versionId]);
    await conn.run(`${numbers(EVENTS)} INSERT INTO activity_event (member_id, at, type, session_minutes)
      SELECT 1 + (i * 2654435761) % ${MEMBERS}, ${END} - 1 - (i * 40503) % ${YEAR},
             CASE (i * 13) % 20 WHEN 0 THEN 'post' WHEN 1 THEN 'comment' WHEN 2 THEN 'report' WHEN 3 THEN 'share'
                  WHEN 4 THEN 'login' WHEN 5 THEN 'login' WHEN 6 THEN 'login' ELSE 'like' END,
             CASE WHEN (i * 13) % 20 BETWEEN 4 AND 6 THEN (i * 7) % 60 END FROM n`);
    // The events were written in SQL, not imported: their member-days as an import would keep them.
    await rebuildMemberDays(conn);
    await conn.run('COMMIT');
    await conn.run('ANALYZE');
  } finally {
    await conn.close();
  }
}

/** The fixture file for this size, built if missing (into a temporary name, so a killed build leaves none). */
async function fixture(): Promise<{ file: string; segmentId: number }> {
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  const name = `health-${MEMBERS}-${EVENTS}`;
  const file = path.join(FIXTURE_DIR, `${name}.sqlite`);
  if (!fs.existsSync(file)) {
    const building = path.join(FIXTURE_DIR, `${name}.building.sqlite`);
    for (const stale of fs.readdirSync(FIXTURE_DIR).filter((f) => f.startsWith(`${name}.building`))) fs.rmSync(path.join(FIXTURE_DIR, stale));
    const started = performance.now();
    const core = await startBenchCore({ create: building });
    const { id } = await core.call<{ id: string }>('surveys.create', { title: 'Pulse' });
    await core.call('surveys.update', { id, definition: { language: 'en', pages: [{ id: 'p1', questions: [{ id: 'q1', type: 'text', text: 'Anything else?' }] }] } });
    const { versionId } = await core.call<{ versionId: string }>('surveys.publish', { id });
    await core.close();
    await writeFixture(building, versionId);
    const segmented = await startBenchCore({ open: building });
    await segmented.call('segments.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'CN' } });
    await segmented.close();
    fs.renameSync(building, file);
    log(`fixture: ${MEMBERS} members, ${EVENTS} events written in ${round((performance.now() - started) / 1000)} s`);
  }
  const core = await startBenchCore({ open: file });
  const { segments } = await core.call<{ segments: { id: number }[] }>('segments.list', {});
  await core.close();
  return { file, segmentId: segments[0]!.id };
}

const cpuTimes: number[] = [];
/** One call's wall time; its CPU time (user + system, SQLite's worker threads included) goes to cpuTimes, which holds whatever else loads the machine. */
async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await call();
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return performance.now() - started;
}

export async function run(): Promise<Measurement[]> {
  const { file, segmentId } = await fixture();
  const now = () => new Date(`${TODAY}T12:00:00Z`);
  // First run after opening the workspace: a new session, SQLite's page cache empty (the OS may still hold the file).
  const core = await startBenchCore({ open: file }, now);
  try {
    // The whole panel over the default 90 days, as the page opens.
    const firstMs = await timed(() => core.call('analysis.health', {}));
    const warm: number[] = [];
    const segment: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await timed(() => core.call('analysis.health', {})));
    const warmCpuMs = median(cpuTimes.slice(1));
    for (let i = 0; i < WARM_RUNS; i++) segment.push(await timed(() => core.call('analysis.health', { segmentId })));
    warm.sort((a, b) => a - b);
    segment.sort((a, b) => a - b);
    const [warmP95, segmentP95] = [percentile(warm, 0.95), percentile(segment, 0.95)];
    log(`first ${round(firstMs)} ms, warm p95 ${round(warmP95)} ms (median ${round(median(warm))} ms, CPU ${round(warmCpuMs)} ms), segment p95 ${round(segmentP95)} ms`);
    const base = { members: MEMBERS, events: EVENTS, periodDays: 90, loadAverage: round(os.loadavg()[0]!, 2) };
    return [
      { bench: 'analysis.health.first', ...base, ms: round(firstMs), target: FIRST_TARGET_MS, pass: firstMs < FIRST_TARGET_MS },
      { bench: 'analysis.health.warm', ...base, p50Ms: round(median(warm)), p95Ms: round(warmP95), cpuMedianMs: round(warmCpuMs), runs: WARM_RUNS, target: WARM_P95_TARGET_MS, pass: warmP95 < WARM_P95_TARGET_MS },
      // A segment's figures are reported beside the panel's; the issue sets no target for them.
      { bench: 'analysis.health.segment', ...base, p50Ms: round(median(segment)), p95Ms: round(segmentP95), runs: WARM_RUNS, target: null, pass: null },
    ];
  } finally {
    await core.close();
  }
}
