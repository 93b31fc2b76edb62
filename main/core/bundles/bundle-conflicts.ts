import { createHash } from 'node:crypto';
import { answerRowsOf, bundleResponse, type BundleResponse } from '@model/bundles/bundle-format';
import type { ResponseStatus } from '@model/responses/response-kinds';
import type { AnswerRow } from '@model/survey/answer-fields';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { readAnswerRowsOf } from '../collection/response-store';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { insertResponses, localResponses, memberIdsByUid, replaceWithTheirs, setReplacedHashes, unionHashes } from './response-merge';

/**
 * Conflicts kept aside by bundle imports: the same response id with other content, neither an edit
 * of the other. Resolving never loses either side:
 * - theirs: their content takes the response's place; the local content goes to its history;
 * - mine: the local content stays; their hash counts as replaced, so the same bundle is skipped later;
 * - both: theirs is added as a new response (an id derived from the response and their hash, the
 *   same on every device) and the local one stays, their hash counted as replaced.
 * In each case the hashes recorded let the result travel on as an update, not a new conflict.
 */

export type Keep = 'theirs' | 'mine' | 'both';

interface ConflictRow {
  id: number;
  responseId: string;
  localHash: string;
  theirHash: string;
  theirs: string;
  detectedAt: string;
}

const CONFLICT_SQL = `SELECT c.id, c.response_id AS responseId, c.local_hash AS localHash, c.their_hash AS theirHash, c.theirs, c.detected_at AS detectedAt FROM bundle_conflict c`;

const theirsOf = (row: ConflictRow): BundleResponse => bundleResponse.parse(JSON.parse(row.theirs));

const sideOf = (status: ResponseStatus, answers: readonly AnswerRow[]) => ({ status, answers: [...answers] });

export async function listConflicts(db: Queryable) {
  const rows = await db.all<ConflictRow & { status: ResponseStatus; surveyVersionId: string; title: string; version: number }>(
    `SELECT c.*, r.status, r.survey_version_id AS surveyVersionId, s.title, v.version
     FROM (${CONFLICT_SQL}) c JOIN response r ON r.id = c.responseId JOIN survey_version v ON v.id = r.survey_version_id JOIN survey s ON s.id = v.survey_id
     ORDER BY c.id`,
  );
  const mine = await readAnswerRowsOf(db, rows.map((r) => r.responseId));
  return {
    items: rows.map((r) => {
      const theirs = theirsOf(r);
      return {
        id: r.id,
        responseId: r.responseId,
        surveyVersionId: r.surveyVersionId,
        title: r.title,
        version: r.version,
        detectedAt: r.detectedAt,
        localHash: r.localHash,
        theirHash: r.theirHash,
        theirDeviceId: theirs.deviceId,
        mine: sideOf(r.status, mine.get(r.responseId)!),
        theirs: sideOf(theirs.status, answerRowsOf(theirs.answers)),
      };
    }),
  };
}

/** The id of their copy kept beside mine: a UUID (version 8 layout) from the response id and their hash, the same wherever it is resolved. */
function copyId(responseId: string, theirHash: string): string {
  const h = createHash('sha256').update(`${responseId}:${theirHash}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function resolveConflict(ctx: CallContext, request: { conflictId: number; keep: Keep; reason?: string }) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await tx.get<ConflictRow>(`${CONFLICT_SQL} WHERE c.id = ?`, [request.conflictId]);
    if (!row) {
      throw new AppError('NOT_FOUND', `There is no conflict ${request.conflictId} to resolve (already resolved?).`, {
        key: 'errors.bundle.conflictMissing',
        params: { conflictId: request.conflictId },
      });
    }
    const theirs = theirsOf(row);
    const local = (await localResponses(tx, [row.responseId])).get(row.responseId)!;
    let copy: string | null = null;
    if (request.keep === 'theirs') {
      await replaceWithTheirs(tx, local, theirs, unionHashes(theirs.replacedHashes, [...local.replacedHashes, ...(local.contentHash ? [local.contentHash] : [])]), at, ctx.actor);
    } else {
      await setReplacedHashes(tx, local.id, unionHashes(local.replacedHashes, [theirs.contentHash]));
      if (request.keep === 'both') {
        copy = copyId(row.responseId, row.theirHash);
        if (!(await tx.get('SELECT 1 FROM response WHERE id = ?', [copy]))) {
          const members = await memberIdsByUid(tx, theirs.memberUid === null ? [] : [theirs.memberUid]);
          await insertResponses(tx, [{ ...theirs, replacedHashes: [] }], members, at, () => copy!);
        }
      }
    }
    await tx.run('DELETE FROM bundle_conflict WHERE id = ?', [row.id]);
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'bundles.resolve',
      entity: 'response',
      entityId: row.responseId,
      reason: request.reason ?? null,
      details: { keep: request.keep, localHash: local.contentHash, theirHash: row.theirHash, copyId: copy },
    });
    return { conflictId: row.id, responseId: row.responseId, keep: request.keep, copyResponseId: copy };
  });
}
