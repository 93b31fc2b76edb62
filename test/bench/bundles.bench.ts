import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BundleExportResult, BundleImportResult } from '../../main/api/bundles';
import type { JobState } from '../../main/api/jobs';
import { startBenchCore, type BenchCore } from './bench-core';
import { flushToDisk } from './flush-to-disk';
import type { Measurement } from './measurement';
import { sampleRss } from './rss-sampler';
import { round } from './stats';
import { definition, mapping, questions, writeExport } from './survey-export';

/** BENCH_RESPONSES scales it down for a quick local run; the targets are stated for 100,000. */
const ROWS = Number(process.env.BENCH_RESPONSES ?? 100_000);
const TARGETS = { importMs: 30_000, reimportMs: 10_000, exportMs: 15_000, peakRssMb: 500 };
const WAIT_MS = 600_000;

const log = (message: string) => process.stderr.write(`[bundles] ${message}\n`);

/** CPU time this process used since `from` (a process.cpuUsage() reading), in ms. */
const cpuMsSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

async function waitJob<T>(core: BenchCore, jobId: string): Promise<T> {
  let job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
  while (job.state === 'running') job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
  if (job.state !== 'succeeded') throw new Error(`${job.kind} ended ${job.state}: ${job.error?.message}`);
  return job.result as T;
}

/** A workspace with ROWS complete responses of 25 questions (through the CSV import; not timed). */
async function sourceWorkspace(dir: string): Promise<string> {
  const csvFile = path.join(dir, 'export.csv');
  writeExport(csvFile, ROWS);
  const file = path.join(dir, 'source.sqlite');
  const core = await startBenchCore({ create: file });
  try {
    const { id } = await core.call<{ id: string }>('surveys.create', { title: 'Benchmark' });
    await core.call('surveys.update', { id, definition });
    const { versionId } = await core.call<{ versionId: string }>('surveys.publish', { id });
    const input = { surveyVersionId: versionId, file: { path: csvFile }, mapping, startedAt: { column: 'start' }, completedAt: { column: 'end' } };
    await waitJob(core, (await core.call<{ jobId: string }>('responses.importCsv', input)).jobId);
  } finally {
    await core.close();
  }
  return file;
}

/** Set in the child process that runs one import: { bundle, workspace }. */
const CHILD_ENV = 'BENCH_BUNDLE_IMPORT_RUN';

interface ImportRun {
  ms: number;
  /** CPU time of the process (all its threads, SQLite's included): on a shared machine, the figure other work does not inflate much. */
  cpuMs: number;
  peakRssMb: number;
  result: Pick<BundleImportResult, 'added' | 'updated' | 'skipped' | 'conflicts' | 'rejected'>;
}

/** bundles.import through the real dispatch, the call and its job timed, RSS sampled. */
async function importOnce(bundle: string, workspace: string, create: boolean): Promise<ImportRun> {
  const core = await startBenchCore(create ? { create: workspace } : { open: workspace });
  try {
    const rss = sampleRss();
    try {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const { jobId } = await core.call<{ jobId: string }>('bundles.import', { file: { path: bundle } });
      const { added, updated, skipped, conflicts, rejected } = await waitJob<BundleImportResult>(core, jobId);
      return { ms: performance.now() - started, cpuMs: cpuMsSince(cpu), peakRssMb: rss.peakMb(), result: { added, updated, skipped, conflicts, rejected } };
    } finally {
      rss.stop();
    }
  } finally {
    await core.close();
  }
}

/** One import in a fresh Node process, so its peak memory is its own. */
function importInChild(bundle: string, workspace: string, create: boolean): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    // With this process's flags: the bench's --expose-gc and the core's V8 flags.
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, 'bundles'], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify({ bundle, workspace, create }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject).on('close', (code) => {
      const line = out.split('\n').find((l) => l.includes('"bundles.import.run"'));
      if (code !== 0 || !line) reject(new Error(`The import process failed (exit code ${code}); its error is above.`));
      else {
        const m = JSON.parse(line) as { ms: number; cpuMs: number; peakRssMb: number; result: string };
        resolve({ ms: m.ms, cpuMs: m.cpuMs, peakRssMb: m.peakRssMb, result: JSON.parse(m.result) as ImportRun['result'] });
      }
    });
  });
}

export async function run(): Promise<Measurement[]> {
  const child = process.env[CHILD_ENV];
  if (child) {
    const { bundle, workspace, create } = JSON.parse(child) as { bundle: string; workspace: string; create: boolean };
    const m = await importOnce(bundle, workspace, create);
    return [{ bench: 'bundles.import.run', ms: m.ms, cpuMs: m.cpuMs, peakRssMb: m.peakRssMb, result: JSON.stringify(m.result) }];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-bundles-'));
  try {
    const source = await sourceWorkspace(dir);
    log(`${ROWS} responses × ${questions.length} questions in the source workspace`);
    const core = await startBenchCore({ open: source });
    let exportMs: number;
    let exportCpuMs: number;
    let exported: BundleExportResult;
    const bundle = path.join(dir, 'all.icwb');
    try {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const { jobId } = await core.call<{ jobId: string }>('bundles.export', { path: bundle });
      exported = await waitJob<BundleExportResult>(core, jobId);
      exportMs = performance.now() - started;
      exportCpuMs = cpuMsSince(cpu);
    } finally {
      await core.close();
    }
    const bundleMiB = fs.statSync(bundle).size / 1024 / 1024;
    log(`export: ${round(exportMs)} ms (CPU ${round(exportCpuMs)} ms), ${exported.responses} responses, ${round(bundleMiB)} MiB`);
    flushToDisk(source, bundle);
    const target = path.join(dir, 'target.sqlite');
    const first = await importInChild(bundle, target, true);
    log(`import: ${round(first.ms)} ms (CPU ${round(first.cpuMs)} ms), peak RSS ${round(first.peakRssMb)} MB, ${JSON.stringify(first.result)}`);
    const again = await importInChild(bundle, target, false);
    log(`re-import: ${round(again.ms)} ms (CPU ${round(again.cpuMs)} ms), peak RSS ${round(again.peakRssMb)} MB, ${JSON.stringify(again.result)}`);
    if (first.result.added !== ROWS || again.result.skipped !== ROWS || again.result.added !== 0) throw new Error('The imports did not add, then skip, every response.');
    const peak = Math.max(first.peakRssMb, again.peakRssMb);
    const base = { responses: ROWS, questions: questions.length, bundleMiB: round(bundleMiB) };
    return [
      { bench: 'bundles.export', ...base, ms: round(exportMs), cpuMs: round(exportCpuMs), target: TARGETS.exportMs, pass: exportMs < TARGETS.exportMs },
      { bench: 'bundles.import', ...base, ms: round(first.ms), cpuMs: round(first.cpuMs), target: TARGETS.importMs, pass: first.ms < TARGETS.importMs },
      { bench: 'bundles.reimport', ...base, ms: round(again.ms), cpuMs: round(again.cpuMs), target: TARGETS.reimportMs, pass: again.ms < TARGETS.reimportMs },
      { bench: 'bundles.import.peakRss', peakMb: round(peak), runsMb: [round(first.peakRssMb), round(again.peakRssMb)], target: TARGETS.peakRssMb, pass: peak < TARGETS.peakRssMb },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
