import type { BundleResponse } from '@model/bundles/bundle-format';
import { insertRowGroups, insertRows } from '../db/batch-insert';
import type { Queryable, Tx } from '../db/writer';
import { historyAnswers } from '../collection/response-list';
import { readAnswerRows } from '../collection/response-store';

/**
 * How a response from a bundle meets the one here under the same UUID (DESIGN.md §3), and the
 * writes that follow: added, updated in place (the local answers kept in response_history), or
 * neither. SQL for the response tables on this path only.
 */

export interface LocalResponse {
  id: string;
  memberId: number | null;
  contentHash: string | null;
  replacedHashes: string[];
}

export type Meeting = 'add' | 'same' | 'update' | 'ancestor' | 'conflict';

export function meet(local: LocalResponse | undefined, theirs: BundleResponse): Meeting {
  if (!local) return 'add';
  if (local.contentHash === theirs.contentHash) return 'same';
  // A local draft (no hash yet) or an edit made from what is here.
  if (local.contentHash === null || theirs.replacedHashes.includes(local.contentHash)) return 'update';
  if (local.replacedHashes.includes(theirs.contentHash)) return 'ancestor';
  return 'conflict';
}

export async function localResponses(db: Queryable, ids: readonly string[]): Promise<Map<string, LocalResponse>> {
  const rows = await db.all<Omit<LocalResponse, 'replacedHashes'> & { replacedHashes: string }>(
    `SELECT id, member_id AS memberId, content_hash AS contentHash, replaced_hashes AS replacedHashes FROM response WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, { ...r, replacedHashes: JSON.parse(r.replacedHashes) as string[] }]));
}

/** Local member ids of these uids (erased members too: their responses stay linked to the pseudonymous row). */
export async function memberIdsByUid(db: Queryable, uids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.all<{ uid: string; id: number }>('SELECT uid, id FROM member WHERE uid IN (SELECT value FROM json_each(?))', [JSON.stringify(uids)]);
  return new Map(rows.map((r) => [r.uid, r.id]));
}

/** Hashes in order, each once: the first list's, then those only the second has. */
export const unionHashes = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

const RESPONSE_COLUMNS = [
  'id',
  'survey_version_id',
  'member_id',
  'member_uid',
  'status',
  'void_cause',
  'device_id',
  'started_at',
  'completed_at',
  'updated_at',
  'content_hash',
  'replaced_hashes',
];
/** An answer's columns after its response id, in the order of a bundle's answer tuple. */
const ANSWER_COLUMNS = ['question_id', 'row_id', 'option_code', 'num', 'text'];

/** Answers in groups of one response's: its id (sent once), then its tuples as the bundle has them. */
const insertAnswers = (tx: Tx, groups: readonly (readonly [[id: string], BundleResponse['answers']])[]) => insertRowGroups(tx, 'answer', ['response_id'], ANSWER_COLUMNS, groups);

/** New responses with their answers, in batched inserts; a member not here yet is kept by uid. */
export async function insertResponses(tx: Tx, responses: readonly BundleResponse[], members: ReadonlyMap<string, number>, at: string, idOf = (r: BundleResponse) => r.id): Promise<void> {
  if (responses.length === 0) return;
  await insertRows(
    tx,
    'response',
    RESPONSE_COLUMNS,
    responses.map((r) => {
      const memberId = r.memberUid === null ? null : (members.get(r.memberUid) ?? null);
      const pendingUid = r.memberUid !== null && memberId === null ? r.memberUid : null;
      return [idOf(r), r.surveyVersionId, memberId, pendingUid, r.status, r.voidCause, r.deviceId, r.startedAt, r.completedAt, at, r.contentHash, JSON.stringify(r.replacedHashes)];
    }),
  );
  await insertAnswers(
    tx,
    responses.map((r) => [[idOf(r)], r.answers]),
  );
}

/**
 * Puts their content in place of the local response's: the local answers kept in response_history
 * (as data cleaning does), the answers replaced, the status, times and hash theirs, and the
 * replaced hashes as given.
 */
export async function replaceWithTheirs(tx: Tx, local: LocalResponse, theirs: BundleResponse, replacedHashes: readonly string[], at: string, actor: string): Promise<void> {
  const before = await readAnswerRows(tx, local.id);
  await tx.run('INSERT INTO response_history (response_id, member_id, at, actor, action, replaced_hash, answers) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    local.id,
    local.memberId,
    at,
    actor,
    theirs.status === 'void' ? 'void' : 'update',
    local.contentHash,
    historyAnswers(before),
  ]);
  await tx.run('DELETE FROM answer WHERE response_id = ?', [local.id]);
  await insertAnswers(tx, [[[local.id], theirs.answers]]);
  await tx.run(
    `UPDATE response SET status = ?, void_cause = ?, started_at = ?, completed_at = ?, content_hash = ?, replaced_hashes = ?, updated_at = ? WHERE id = ?`,
    [theirs.status, theirs.voidCause, theirs.startedAt, theirs.completedAt, theirs.contentHash, JSON.stringify(replacedHashes), at, local.id],
  );
}

/** The response keeps its content and takes these as the hashes it replaced (a conflict resolved as "mine"). */
export const setReplacedHashes = (tx: Tx, responseId: string, hashes: readonly string[]) =>
  tx.run('UPDATE response SET replaced_hashes = ? WHERE id = ?', [JSON.stringify(hashes), responseId]);

