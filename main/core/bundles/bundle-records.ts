import type { BundleMember, BundleRecord, BundleResponse, BundleTombstone, BundleVersion } from '@model/bundles/bundle-format';
import type { ResponseStatus, VoidCause } from '@model/responses/response-kinds';
import type { Queryable } from '../db/writer';
import { TRAVELLING_FIELDS, TRAVELLING_SELECT } from './bundle-members';

/**
 * What a bundle export reads (SQL for the bundle's records only here): complete and void responses
 * (drafts stay on their device) of one survey or of all, changed after `since`; the published
 * versions they need (and, for one survey, all its published versions; for everything, those
 * published after `since`); members created or changed after `since`; and every erasure known here.
 */

export interface BundleScope {
  surveyId: string | null;
  /** ISO time: only what changed after it (null: everything). */
  since: string | null;
}

/** Responses read per chunk, each with its answers: bounded memory for any bundle size. */
const RESPONSE_CHUNK = 2_000;

const CHANGED = 'coalesce(r.updated_at, r.completed_at, r.started_at)';

interface ResponseRowOut {
  /** JSON: [questionId, rowId, optionCode, num as text, text] per answer. */
  answers: string;
  id: string;
  surveyVersionId: string;
  status: Exclude<ResponseStatus, 'draft'>;
  voidCause: VoidCause | null;
  startedAt: string;
  completedAt: string | null;
  contentHash: string;
  replacedHashes: string;
  memberUid: string | null;
  deviceId: string;
}

/**
 * A response's answers from SQLite's JSON, in one query with the response (row objects per answer
 * cost most of an export). SQLite's JSON writes a REAL with 15 digits, which would change the
 * content hash, so the number comes as printf's 17 significant digits ('!': past its usual 16), the same double back.
 */
const answerTuplesOf = (json: string): BundleResponse['answers'] =>
  (JSON.parse(json) as [string, string | null, string | null, string | null, string | null][]).map(([q, row, option, num, text]) => [q, row, option, num === null ? null : Number(num), text]);

async function responseRecords(db: Queryable, scope: BundleScope): Promise<BundleResponse[]> {
  const out: BundleResponse[] = [];
  let after = '';
  for (;;) {
    const rows = await db.all<ResponseRowOut>(
      `SELECT r.id, r.survey_version_id AS surveyVersionId, r.status, r.void_cause AS voidCause, r.started_at AS startedAt,
         r.completed_at AS completedAt, r.content_hash AS contentHash, r.replaced_hashes AS replacedHashes,
         coalesce(m.uid, r.member_uid) AS memberUid, r.device_id AS deviceId,
         (SELECT json_group_array(json_array(a.question_id, a.row_id, a.option_code, CASE WHEN a.num IS NULL THEN NULL ELSE printf('%!.17g', a.num) END, a.text)) FROM answer a WHERE a.response_id = r.id) AS answers
       FROM response r LEFT JOIN member m ON m.id = r.member_id
       WHERE r.status IN ('complete', 'void') AND r.content_hash IS NOT NULL AND r.id > ?
         AND (? IS NULL OR r.survey_version_id IN (SELECT id FROM survey_version WHERE survey_id = ?))
         AND (? IS NULL OR ${CHANGED} > ?)
       ORDER BY r.id LIMIT ?`,
      [after, scope.surveyId, scope.surveyId, scope.since, scope.since, RESPONSE_CHUNK],
    );
    if (rows.length === 0) return out;
    for (const r of rows) out.push({ type: 'response', ...r, replacedHashes: JSON.parse(r.replacedHashes) as string[], answers: answerTuplesOf(r.answers) });
    after = rows.at(-1)!.id;
  }
}

const VERSION_SELECT = `SELECT v.id, v.survey_id AS surveyId, s.title AS surveyTitle, s.description AS surveyDescription, v.definition,
    v.published_at AS publishedAt, v.published_by AS publishedBy, v.override_reason AS overrideReason, coalesce(v.breaks, '[]') AS breaks
  FROM survey_version v JOIN survey s ON s.id = v.survey_id`;

const asVersion = (v: Omit<BundleVersion, 'type'>): BundleVersion => ({ type: 'version', ...v });

async function versionRecords(db: Queryable, scope: BundleScope, needed: ReadonlySet<string>): Promise<BundleVersion[]> {
  const rows = await db.all<Omit<BundleVersion, 'type'>>(
    `${VERSION_SELECT} WHERE v.published_at IS NOT NULL
       AND (v.id IN (SELECT value FROM json_each(?)) OR v.survey_id = ? OR (? IS NULL AND ? IS NOT NULL AND v.published_at > ?))`,
    [JSON.stringify([...needed]), scope.surveyId, scope.surveyId, scope.since, scope.since],
  );
  return rows.map(asVersion);
}

/** One published version as a bundle carries it (null: no such published version). */
export async function publishedVersionRecord(db: Queryable, versionId: string): Promise<BundleVersion | null> {
  const row = await db.get<Omit<BundleVersion, 'type'>>(`${VERSION_SELECT} WHERE v.id = ? AND v.published_at IS NOT NULL`, [versionId]);
  return row ? asVersion(row) : null;
}

async function memberRecords(db: Queryable, scope: BundleScope): Promise<BundleMember[]> {
  const rows = await db.all<Record<string, string | number | null> & { uid: string; code: string; createdAt: string; updatedAt: string }>(
    `SELECT m.uid, m.code, m.created_at AS createdAt, m.updated_at AS updatedAt, ${TRAVELLING_SELECT}
     FROM member m WHERE m.erased_at IS NULL AND (? IS NULL OR m.updated_at > ?) ORDER BY m.uid`,
    [scope.since, scope.since],
  );
  return rows.map(({ uid, code, createdAt, updatedAt, ...values }) => ({
    type: 'member',
    uid,
    code,
    createdAt,
    updatedAt,
    fields: Object.fromEntries(TRAVELLING_FIELDS.map((f) => [f, values[f] ?? null])),
  }));
}

/** Erasures done here and those that arrived here: an erasure reaches every device it passes through. */
const tombstoneRecords = async (db: Queryable, scope: BundleScope): Promise<BundleTombstone[]> =>
  (
    await db.all<{ uid: string; erasedAt: string }>(
      `SELECT uid, erasedAt FROM (SELECT uid, erased_at AS erasedAt FROM member WHERE erased_at IS NOT NULL
         UNION SELECT uid, erased_at FROM member_tombstone) WHERE ? IS NULL OR erasedAt > ? GROUP BY uid ORDER BY uid`,
      [scope.since, scope.since],
    )
  ).map((t) => ({ type: 'tombstone', ...t }));

export async function bundleRecords(db: Queryable, scope: BundleScope): Promise<{ records: BundleRecord[]; counts: { responses: number; versions: number; members: number; tombstones: number } }> {
  const responses = await responseRecords(db, scope);
  const versions = await versionRecords(db, scope, new Set(responses.map((r) => r.surveyVersionId)));
  const members = await memberRecords(db, scope);
  const tombstones = await tombstoneRecords(db, scope);
  return {
    records: [...versions, ...members, ...tombstones, ...responses],
    counts: { responses: responses.length, versions: versions.length, members: members.length, tombstones: tombstones.length },
  };
}
