import path from 'node:path';
import type { Dispatch } from '../../../main/rpc/dispatch';
import { call } from '../../support/call';
import { testSession, type TestSession } from '../../support/workspace';

/** A session with a fresh empty workspace and a named local user (the actor of audit entries). */
export async function panelSession(): Promise<TestSession & { file: string }> {
  const t = testSession();
  const file = path.join(t.dir, 'panel.sqlite');
  await call(t.dispatch, 'workspace.create', { path: file });
  await call(t.dispatch, 'profile.set', { name: 'Pat Manager' });
  return { ...t, file };
}

/** The error of a call that must fail. */
export async function failure(dispatch: Dispatch, method: string, input: unknown) {
  const result = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} succeeded but should have failed`);
  return result.error;
}

/** Stores openness scores directly (the screener import and recording belong to other services). */
export async function setScores(t: TestSession, scores: [memberId: number, score: number | null, answered: number][]) {
  await t.session.workspace.db.writer.transaction(async (tx) => {
    for (const [memberId, score, answered] of scores) {
      await tx.run("INSERT OR REPLACE INTO trait_score (member_id, instrument_id, score, answered, scored_at) VALUES (?, 'ipip-openness', ?, ?, '2026-01-01')", [
        memberId,
        score,
        answered,
      ]);
    }
  });
}
