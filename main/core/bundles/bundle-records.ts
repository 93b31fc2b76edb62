import { compareRecords, type BundleMember, type BundleRecord, type BundleTombstone, type BundleVersion } from '@model/bundles/bundle-format';
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

/**
 * The responses in scope. `+r.status` keeps SQLite off the status index: through it every chunk
 * would scan and sort all responses again (quadratic); through the primary key a chunk is a range.
 */
const RESPONSE_SCOPE = `r.content_hash IS NOT NULL AND +r.status IN ('complete', 'void')
  AND (?1 IS NULL OR r.survey_version_id IN (SELECT id FROM survey_version WHERE survey_id = ?1))
  AND (?2 IS NULL OR ${CHANGED} > ?2)`;

/**
 * A response record's line, made whole by SQLite (keys in the order of the format's schema): row
 * objects per answer cost most of an export. A number goes through printf's 17 significant digits
 * ('!'), which read back as the same double (SQLite's JSON would write 15, changing the content hash).
 */
const RESPONSE_LINE = `json_object('type', 'response', 'id', r.id, 'surveyVersionId', r.survey_version_id, 'status', r.status, 'voidCause', r.void_cause,
    'startedAt', r.started_at, 'completedAt', r.completed_at, 'contentHash', r.content_hash, 'replacedHashes', json(r.replaced_hashes),
    'memberUid', coalesce(m.uid, r.member_uid), 'deviceId', r.device_id,
    'answers', (SELECT json_group_array(json_array(a.question_id, a.row_id, a.option_code, CASE WHEN a.num IS NULL THEN NULL ELSE json(printf('%!.17g', a.num)) END, a.text))
      FROM answer a WHERE a.response_id = r.id))`;

/** The lines of the responses in scope, in id order, a chunk at a time. */
async function* responseLines(db: Queryable, scope: BundleScope): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const rows = await db.all<{ id: string; line: string }>(
      `SELECT r.id, ${RESPONSE_LINE} AS line FROM response r LEFT JOIN member m ON m.id = r.member_id
       WHERE r.id > ?3 AND ${RESPONSE_SCOPE} ORDER BY r.id LIMIT ?4`,
      [scope.surveyId, scope.since, after, RESPONSE_CHUNK],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => r.line);
    after = rows.at(-1)!.id;
  }
}

/** The versions the responses in scope answer. */
const versionsAnswered = async (db: Queryable, scope: BundleScope) =>
  (await db.all<{ id: string }>(`SELECT DISTINCT r.survey_version_id AS id FROM response r WHERE ${RESPONSE_SCOPE}`, [scope.surveyId, scope.since])).map((v) => v.id);

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

export type BundleCounts = { responses: number; versions: number; members: number; tombstones: number };

const lineOf = (record: BundleRecord) => `${JSON.stringify(record)}\n`;

/**
 * The body of a bundle, as text pieces in the canonical order (model/bundles/bundle-format.ts):
 * versions, members, tombstones, then the responses, each kind by id, the responses read a chunk at a
 * time. `counts` is complete once the last piece is taken.
 */
export async function* bundleBody(db: Queryable, scope: BundleScope, counts: BundleCounts): AsyncGenerator<string> {
  const versions = await versionRecords(db, scope, new Set(await versionsAnswered(db, scope)));
  const members = await memberRecords(db, scope);
  const tombstones = await tombstoneRecords(db, scope);
  Object.assign(counts, { versions: versions.length, members: members.length, tombstones: tombstones.length });
  for (const record of [...versions, ...members, ...tombstones].sort(compareRecords)) yield lineOf(record);
  for await (const lines of responseLines(db, scope)) {
    counts.responses += lines.length;
    yield `${lines.join('\n')}\n`;
  }
}
