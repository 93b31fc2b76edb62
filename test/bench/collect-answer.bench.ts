import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection } from '../../main/core/db/connection';
import { applyWriterPragmas } from '../../main/core/db/pragmas';
import { startBenchCore, type BenchCore } from './bench-core';
import type { Measurement } from './measurement';
import { round } from './stats';

/**
 * collect.answer from the call to the durable acknowledgement: the real dispatch (zod parsing), the
 * check against the question, the answer rows and timing written in one transaction, committed
 * under synchronous=FULL (the WAL fsynced) before the call answers. 2,000 answers, as a kiosk gives
 * them: a 40-question survey of every question type, answered in turn by 50 respondents.
 * Beside it, the floor under the same disk: a bare connection with the same pragmas doing
 * the same kind of statements (delete the question's rows, insert one) and a commit per answer.
 */

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 2_000);
const QUESTIONS = 40;
const P95_TARGET_MS = 20;

const log = (message: string) => process.stderr.write(`[collect.answer] ${message}\n`);

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

type Kind = 'single' | 'multi' | 'matrix' | 'number' | 'text';
const KINDS: Kind[] = ['single', 'multi', 'matrix', 'number', 'text'];
const options = [1, 2, 3, 4, 5].map((n) => ({ code: `o${n}`, label: `Option ${n}` }));

function question(i: number) {
  const id = `q${i + 1}`;
  const text = `Question ${i + 1}: how did this part go?`;
  switch (KINDS[i % KINDS.length]!) {
    case 'single':
      return { id, type: 'single', text, options };
    case 'multi':
      return { id, type: 'multi', text, options };
    case 'matrix':
      return { id, type: 'matrix', text, rows: ['a', 'b', 'c', 'd'].map((r) => ({ id: r, label: `Row ${r}` })), options: options.map(({ label }) => ({ label })) };
    case 'number':
      return { id, type: 'number', text, min: 0, max: 1000 };
    case 'text':
      return { id, type: 'text', text };
  }
}

function value(i: number, n: number): unknown {
  switch (KINDS[i % KINDS.length]!) {
    case 'single':
      return `o${(n % 5) + 1}`;
    case 'multi':
      return [`o${(n % 5) + 1}`, `o${((n + 2) % 5) + 1}`];
    case 'matrix':
      return { a: String((n % 5) + 1), b: String(((n + 1) % 5) + 1), c: '3', d: String(((n + 3) % 5) + 1) };
    case 'number':
      return n % 1000;
    case 'text':
      return `Answer ${n}: fine, thanks — 很好 — хорошо`;
  }
}

interface Publish {
  id: string;
}

async function timeCollect(core: BenchCore): Promise<number[]> {
  const { id } = await core.call<Publish>('surveys.create', { title: 'Kiosk bench' });
  await core.call('surveys.update', { id, definition: { language: 'en', pages: Array.from({ length: QUESTIONS }, (_, i) => ({ id: `p${i + 1}`, questions: [question(i)] })) } });
  const { versionId } = await core.call<{ versionId: string }>('surveys.publish', { id, override: { reason: 'benchmark' } });
  const times: number[] = [];
  let responseId = '';
  for (let n = 0; n < ANSWERS; n++) {
    const q = n % QUESTIONS;
    if (q === 0) {
      if (responseId) await core.call('collect.complete', { responseId });
      responseId = (await core.call<{ responseId: string }>('collect.start', { surveyVersionId: versionId })).responseId;
    }
    const input = { responseId, questionId: `q${q + 1}`, value: value(q, n), ms: 4000 };
    const started = performance.now();
    await core.call('collect.answer', input);
    times.push(performance.now() - started);
  }
  return times;
}

/** The disk's floor: per answer, DELETE + INSERT + COMMIT on a bare connection with the writer's pragmas. */
async function timeFloor(file: string): Promise<number[]> {
  const conn = await Connection.open(file, { readonly: false, create: true });
  await applyWriterPragmas(conn);
  await conn.exec('CREATE TABLE answer (response_id TEXT NOT NULL, question_id TEXT NOT NULL, option_code TEXT, num REAL, text TEXT); CREATE INDEX answer_response ON answer (response_id, question_id);');
  const del = await conn.prepare('DELETE FROM answer WHERE response_id = ? AND question_id = ?');
  const ins = await conn.prepare('INSERT INTO answer (response_id, question_id, option_code, num, text) VALUES (?, ?, ?, NULL, NULL)');
  const times: number[] = [];
  for (let n = 0; n < ANSWERS; n++) {
    const started = performance.now();
    await conn.run('BEGIN IMMEDIATE');
    await del.run([`r${Math.floor(n / QUESTIONS)}`, `q${n % QUESTIONS}`]);
    await ins.run([`r${Math.floor(n / QUESTIONS)}`, `q${n % QUESTIONS}`, 'o1']);
    await conn.run('COMMIT');
    times.push(performance.now() - started);
  }
  await del.finalize();
  await ins.finalize();
  await conn.close();
  return times;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 0.5), 2), p95Ms: round(percentile(sorted, 0.95), 2), p99Ms: round(percentile(sorted, 0.99), 2), maxMs: round(sorted.at(-1)!, 2) };
};

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-collect-'));
  try {
    log(`${ANSWERS} answers through collect.answer…`);
    const core = await startBenchCore({ create: path.join(dir, 'kiosk.sqlite') });
    const collect = await (async () => {
      try {
        return summary(await timeCollect(core));
      } finally {
        await core.close();
      }
    })();
    log(`${ANSWERS} bare commits under the same pragmas…`);
    const floor = summary(await timeFloor(path.join(dir, 'floor.sqlite')));
    return [
      {
        bench: 'collect.answer',
        answers: ANSWERS,
        ...collect,
        targetP95Ms: P95_TARGET_MS,
        meetsTarget: collect.p95Ms < P95_TARGET_MS,
        floorP50Ms: floor.p50Ms,
        floorP95Ms: floor.p95Ms,
        synchronous: 'FULL',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
