import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { MethodInput } from '../../../main/api/index';
import { hashResponseContent } from '../../../main/core/collection/response-hash';
import { workspaceDeviceId } from '../../../main/core/collection/device-id';
import { call } from '../../support/call';
import { testSession } from '../../support/workspace';
import { publishSurvey, single, type Settings } from '../collection/collection-fixture';

/** A device: a session with its own workspace file (paths anywhere, as in the desktop app). */
export async function device(name: string) {
  const t = testSession({ allowedDirs: null });
  await call(t.dispatch, 'workspace.create', { path: path.join(t.dir, `${name}.sqlite`), demo: false });
  return t;
}
export type Device = Awaited<ReturnType<typeof device>>;

export const questions = [single('q1'), { id: 'q2', type: 'text' as const, text: 'Your thoughts?' }, { id: 'q3', type: 'number' as const, text: 'How many?' }];

export async function publishedOn(t: Device, settings: Settings = { identification: 'optional' }) {
  return publishSurvey(t, questions, settings, 'Travelling survey');
}

async function finished(t: Device, jobId: string) {
  const state = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 60_000 });
  return state;
}

/** Runs bundles.export to a new file in the device's folder; the job result. */
export async function exportBundle(t: Device, input: Omit<MethodInput<'bundles.export'>, 'path'> = {}, file = `out-${randomUUID()}.icwb`) {
  const { jobId } = await call(t.dispatch, 'bundles.export', { path: path.join(t.dir, 'outbox', file), ...input });
  const state = await finished(t, jobId);
  if (state.state !== 'succeeded') throw new Error(`export ${state.state}: ${state.error?.message}`);
  return state.result as { path: string; responses: number; versions: number; members: number; tombstones: number };
}

/** bundles.import's answer: a refusal, or the job it started. */
export const startImport = (t: Device, filePath: string, passphrase?: string) => t.dispatch('bundles.import', { file: { path: filePath }, ...(passphrase ? { passphrase } : {}) });

export async function imported(t: Device, filePath: string, passphrase?: string) {
  const { jobId } = await call(t.dispatch, 'bundles.import', { file: { path: filePath }, ...(passphrase ? { passphrase } : {}) });
  const state = await finished(t, jobId);
  if (state.state !== 'succeeded') throw new Error(`import ${state.state}: ${state.error?.message}`);
  return state.result as { added: number; updated: number; skipped: number; conflicts: number; rejected: number } & Record<string, unknown>;
}

/** Every stored response with its answers, as comparable rows (id order). */
export async function responseRows(t: Device) {
  const db = t.session.workspace.db.reader;
  return db.all<Record<string, unknown>>(
    `SELECT r.id, r.survey_version_id AS version, r.status, r.content_hash AS hash, r.started_at AS startedAt, r.completed_at AS completedAt,
       (SELECT m.uid FROM member m WHERE m.id = r.member_id) AS memberUid, r.member_uid AS pendingUid,
       (SELECT json_group_array(json_array(question_id, row_id, option_code, num, text)) FROM (SELECT * FROM answer a WHERE a.response_id = r.id ORDER BY question_id, row_id, option_code)) AS answers
     FROM response r ORDER BY r.id`,
  );
}

/**
 * n complete responses written straight into the device's tables as collection stores them (the
 * content hash over the canonical form), in one transaction: the three-device test needs 1,500.
 */
export async function collectMany(t: Device, versionId: string, n: number, seed: string): Promise<string[]> {
  const deviceId = await workspaceDeviceId(t.session.workspace.db.reader);
  const ids: string[] = [];
  await t.session.workspace.db.writer.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const startedAt = new Date(Date.UTC(2026, 0, 10, 8, 0, i)).toISOString();
      const completedAt = new Date(Date.UTC(2026, 0, 10, 8, 5, i)).toISOString();
      const answers = [
        { questionId: 'q1', rowId: null, optionCode: i % 2 ? 'a' : 'b', num: null, text: null },
        { questionId: 'q2', rowId: null, optionCode: null, num: null, text: `${seed} answer ${i} — 你好` },
        { questionId: 'q3', rowId: null, optionCode: null, num: i / 7, text: null },
      ];
      const hash = hashResponseContent({ surveyVersionId: versionId, status: 'complete', startedAt, completedAt, answers });
      await tx.run(
        `INSERT INTO response (id, survey_version_id, status, device_id, started_at, completed_at, updated_at, content_hash) VALUES (?, ?, 'complete', ?, ?, ?, ?, ?)`,
        [id, versionId, deviceId, startedAt, completedAt, completedAt, hash],
      );
      for (const a of answers) {
        await tx.run('INSERT INTO answer (response_id, question_id, row_id, option_code, num, text) VALUES (?, ?, ?, ?, ?, ?)', [id, a.questionId, a.rowId, a.optionCode, a.num, a.text]);
      }
      ids.push(id);
    }
  });
  return ids;
}

export const count = async (t: Device, sql: string) => (await t.session.workspace.db.reader.get<{ n: number }>(sql))!.n;

/** What a refused import must leave as it was: every row count that an import could change. */
export const footprint = async (t: Device) =>
  Promise.all(['response', 'answer', 'survey', 'survey_version', 'member', 'member_tombstone', 'bundle_conflict', 'audit_log', 'response_history'].map((table) => count(t, `SELECT count(*) AS n FROM ${table}`)));
