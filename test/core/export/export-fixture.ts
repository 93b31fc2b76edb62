import fs from 'node:fs';
import Papa from 'papaparse';
import type { ExportResult } from '../../../main/api/export';
import type { MethodInput } from '../../../main/api/index';
import type { JobState } from '../../../main/api/jobs';
import { unguard } from '../../../main/model/csv/csv-guard';
import { call } from '../../support/call';
import { responseImportSession } from '../collection/response-import-fixture';

type ExportMethod = 'export.members' | 'export.responses' | 'export.codebook' | 'export.points';

/** The pulse survey (every question type) published in a fresh workspace, with helpers to collect responses and export them. */
export async function exportSession() {
  const t = await responseImportSession();
  /** A complete response with these answers; its id. */
  const respond = async (answers: Record<string, unknown>, start: Omit<MethodInput<'collect.start'>, 'surveyVersionId'> = {}) => {
    const started = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId, ...start });
    if (started.status !== 'started') throw new Error(`expected a started response, got ${started.status}`);
    for (const [questionId, value] of Object.entries(answers)) await call(t.dispatch, 'collect.answer', { responseId: started.responseId, questionId, value: value as never, ms: 1500 });
    await call(t.dispatch, 'collect.complete', { responseId: started.responseId });
    return started.responseId;
  };
  /** Runs an export job to its end. */
  const runExport = async <M extends ExportMethod>(method: M, input: MethodInput<M>): Promise<JobState> => {
    const { jobId } = await call(t.dispatch, method, input as never);
    return call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
  };
  /** An export that must succeed: its result. */
  const exported = async <M extends ExportMethod>(method: M, input: MethodInput<M>): Promise<ExportResult> => {
    const job = await runExport(method, input);
    if (job.state !== 'succeeded') throw new Error(`export ${job.state}: ${job.error?.message}`);
    return job.result as ExportResult;
  };
  return { ...t, respond, runExport, exported };
}

/** A written CSV parsed back with papaparse as the app reads files: BOM dropped, the guard's mark removed from every cell. */
export function readCsv(file: string, delimiter = ','): string[][] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data.map((row) => row.map(unguard));
}

/** Rows of a parsed CSV as objects by header. */
export const byHeader = ([header, ...rows]: string[][]) => rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
