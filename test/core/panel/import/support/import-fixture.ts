import fs from 'node:fs';
import path from 'node:path';
import type { JobState } from '../../../../../main/api/jobs';
import type { MethodInput } from '../../../../../main/api/index';
import type { ImportResult } from '../../../../../main/api/member-import';
import { call } from '../../../../support/call';
import { panelSession } from '../../panel-session';

export type ImportInput = MethodInput<'members.import'>;

/** A session with an empty workspace, plus helpers to write input files and run imports to the end. */
export async function importSession() {
  const t = await panelSession();
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(t.dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  /** Starts members.import and waits for the job; the job state (with result or error). */
  const runImport = async (input: ImportInput): Promise<JobState> => {
    const { jobId } = await call(t.dispatch, 'members.import', input);
    return call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
  };
  /** An import that must succeed: its result. */
  const imported = async (input: ImportInput): Promise<ImportResult> => {
    const job = await runImport(input);
    if (job.state !== 'succeeded') throw new Error(`import ${job.state}: ${job.error?.message}`);
    return job.result as ImportResult;
  };
  const db = () => t.session.workspace.db;
  const members = () =>
    db().reader.all<{ id: number; code: string; external_id: string | null; name: string | null; email: string | null; email_key: string | null; country: string | null; import_batch_id: number | null }>(
      'SELECT id, code, external_id, name, email, email_key, country, import_batch_id FROM member ORDER BY id',
    );
  return { ...t, file, runImport, imported, db, members };
}

export type ImportSession = Awaited<ReturnType<typeof importSession>>;
