import fs from 'node:fs';
import path from 'node:path';
import type { JobState } from '../../../main/api/jobs';
import type { MethodInput } from '../../../main/api/index';
import type { CommunityImportResult } from '../../../main/api/community-import';
import { call } from '../../support/call';
import { panelSession } from '../panel/panel-session';

/**
 * A session whose panel has members M-A, M-B, M-C, … (codes set directly, so files can name them),
 * with helpers to write files, run the imports and read what was stored.
 */
export async function communitySession(members: { code: string; email?: string; joinedAt?: string; lifecycleStage?: string }[] = []) {
  const t = await panelSession();
  const ids = new Map<string, number>();
  for (const m of members) {
    const { id } = await call(t.dispatch, 'members.create', { email: m.email ?? null, joinedAt: m.joinedAt ?? null, lifecycleStage: (m.lifecycleStage ?? null) as never });
    await t.session.workspace.db.writer.transaction((tx) => tx.run('UPDATE member SET code = ? WHERE id = ?', [m.code, id]));
    ids.set(m.code, id);
  }
  const file = (name: string, content: string) => {
    const p = path.join(t.dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const wait = (jobId: string): Promise<JobState> => call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 60_000 });
  const result = (job: JobState) => {
    if (job.state !== 'succeeded') throw new Error(`job ${job.state}: ${job.error?.message}`);
    return job.result as CommunityImportResult;
  };
  const importTransactions = async (input: MethodInput<'transactions.import'>) => result(await wait((await call(t.dispatch, 'transactions.import', input)).jobId));
  const importActivity = async (input: MethodInput<'activity.import'>) => result(await wait((await call(t.dispatch, 'activity.import', input)).jobId));
  const db = () => t.session.workspace.db;
  const transactions = () => db().reader.all<{ member_id: number | null; at: number; amount_minor: number; currency: string }>('SELECT member_id, at, amount_minor, currency FROM member_transaction ORDER BY id');
  const events = () => db().reader.all<{ member_id: number | null; at: number; type: string; session_minutes: number | null }>('SELECT member_id, at, type, session_minutes FROM activity_event ORDER BY id');
  return { ...t, ids, file, wait, importTransactions, importActivity, db, transactions, events };
}

/** Seconds since 1970 of an ISO time. */
export const secs = (iso: string) => Date.parse(iso) / 1000;
