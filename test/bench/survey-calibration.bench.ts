import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MethodInput, MethodName, MethodOutput } from '../../main/api/index';
import { Session } from '../../main/core/session';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import type { Measurement } from './measurement';
import { round } from './stats';

/**
 * Estimate vs observed median total time on the demo surveys, as a sanity check: the demo's
 * timings are generated (main/core/demo/demo-timings.ts, a model of its own, not the estimator's),
 * so the error says how far two independent guesses lie apart, not how good the estimator is on
 * real respondents. Reported per survey in total (the estimate with observed visibility against the
 * median of complete responses' summed timings) and per question, plus the time surveys.calibration
 * took on the demo's responses.
 */
const log = (message: string) => process.stderr.write(`[survey.calibration] ${message}\n`);

export async function run(): Promise<Measurement[]> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-calibration-'));
  const session = new Session({ host: 'electron', version: 'bench', homeDir: home, allowedDirs: null, emit: () => undefined });
  const dispatch = createDispatch(createHandlers(session));
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.data as MethodOutput<M>;
  };
  try {
    log('generating the demo community');
    const { jobId } = await call('workspace.create', { path: path.join(home, 'demo.sqlite'), demo: true });
    await call('jobs.wait', { jobId: jobId!, timeoutMs: 600_000 });
    const measurements: Measurement[] = [];
    for (const survey of (await call('surveys.list', {})).surveys) {
      // Timed on the second call: the first also pays for compiling the code paths.
      await call('surveys.calibration', { id: survey.id });
      const started = performance.now();
      const c = await call('surveys.calibration', { id: survey.id });
      const ms = performance.now() - started;
      const perQuestion = c.perQuestion.map((q) => [q.questionId, q.estimateSeconds, q.observedMedianSeconds, q.observedMedianSeconds && round((100 * (q.estimateSeconds - q.observedMedianSeconds)) / q.observedMedianSeconds)].join(' '));
      log(`${survey.title}: estimate ${c.total.estimateSeconds} s, observed median ${c.total.observedMedianSeconds} s`);
      measurements.push({
        bench: 'survey.calibration',
        survey: survey.title,
        completeResponses: c.completeResponses,
        estimateSeconds: c.total.estimateSeconds,
        observedMedianSeconds: c.total.observedMedianSeconds ?? -1,
        errorPercent: c.total.errorShare === null ? -1 : round(100 * c.total.errorShare),
        /** questionId estimateSeconds observedMedianSeconds errorPercent */
        perQuestion,
        calibrationMs: round(ms),
      });
    }
    return measurements;
  } finally {
    await session.closeWorkspace();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
