import { setTimeout as delay } from 'node:timers/promises';
import { ageGroupOf } from '@model/recruitment/age-groups';
import type { Writer } from '../db/writer';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { freshMemberCodes } from '../members/member-code';
import { purgeMemberUndo } from './import/import-undo';
import { memberNotFound } from './member-detail';
import type { Queryable } from '../db/writer';
import type { CallContext } from '../call-context';

/**
 * What erasure removes and what stays. Removed: everything that identifies a person or was said
 * by them outside a survey. Kept, for analysis of the responses that stay: coarse fields that
 * do not single anyone out on their own. The member code is replaced by a fresh random pseudonym.
 */
export const ERASED_FIELDS = [
  'code', 'externalId', 'name', 'email', 'phone', 'city', 'notes', 'birthYear', 'joinedAt (day)', 'consentScope',
  'attributes', 'screenerAnswers', 'tags', 'importBatch',
] as const;
export const KEPT_FIELDS = ['country', 'gender', 'ageBand', 'joinedAt (month)', 'sourceChannel', 'lifecycleStage', 'openness score', 'responses'] as const;

const CHECKPOINT_ATTEMPTS = 5;

/** Moves every WAL frame into the database and truncates the WAL, so old page images are gone. */
async function checkpointWal(writer: Writer): Promise<boolean> {
  for (let attempt = 1; attempt <= CHECKPOINT_ATTEMPTS; attempt++) {
    const result = await writer.outside((conn) => conn.get<{ busy: number }>('PRAGMA wal_checkpoint(TRUNCATE)'));
    if (result?.busy === 0) return true;
    // A reader is mid-query; it finishes within milliseconds.
    await delay(20 * attempt);
  }
  return false;
}

/** The values that identify the member, read before they are removed: erasure looks for them outside the workspace file too. */
const identifyingValues = async (tx: Queryable, memberId: number) =>
  Object.values((await tx.get<Record<string, string | null>>('SELECT name, email, phone, external_id, code FROM member WHERE id = ?', [memberId])) ?? {});

/** Clears what is kept about the member outside the workspace file (Session.forgetErased). */
export type ForgetOutside = (identifying: readonly (string | null)[]) => Promise<void>;

/**
 * Erasure on request, in one transaction: personal data removed (the search index follows through
 * its triggers, with FTS5 secure-delete), birth year coarsened to an age band and join date to its
 * month, consent withdrawn and do-not-contact set, a new random code, responses kept and still
 * linked to the pseudonymous row, and an audit entry without personal data. secure_delete zeroes
 * the freed bytes; the WAL is then checkpointed and truncated so no old page image remains. Last,
 * forgetOutside clears the copies outside the file (rejected rows, import results, uploads).
 */
export async function eraseMember(
  ctx: CallContext,
  memberId: number,
  reason: string,
  forgetOutside: ForgetOutside,
): Promise<{ memberId: number; code: string; erasedAt: string; walCheckpointed: boolean }> {
  const now = ctx.now();
  const erasedAt = now.toISOString();
  let identifying: (string | null)[] = [];
  const code = await ctx.db.writer.transaction(async (tx) => {
    const m = await tx.get<{ birth_year: number | null; age_band: string | null; erased_at: string | null }>(
      'SELECT birth_year, age_band, erased_at FROM member WHERE id = ?',
      [memberId],
    );
    if (!m) throw memberNotFound(memberId);
    if (m.erased_at) {
      throw new AppError('CONFLICT', `Member ${memberId} was already erased on ${m.erased_at}.`, { key: 'errors.memberErased', params: { memberId } });
    }
    identifying = await identifyingValues(tx, memberId);
    const [pseudonym] = await freshMemberCodes(tx, 1);
    await tx.run(
      `UPDATE member SET code = ?, external_id = NULL, name = NULL, name_key = NULL, email = NULL, email_key = NULL, phone = NULL,
         city = NULL, notes = NULL, birth_year = NULL, age_band = ?,
         joined_at = CASE WHEN joined_at IS NULL THEN NULL ELSE substr(joined_at, 1, 7) || '-01' END,
         consent_status = 'withdrawn', consent_date = ?, consent_scope = NULL, do_not_contact = 1,
         import_batch_id = NULL, erased_at = ?, updated_at = ?
       WHERE id = ?`,
      [pseudonym!, m.age_band ?? ageGroupOf(m.birth_year, now.getUTCFullYear()), erasedAt.slice(0, 10), erasedAt, erasedAt, memberId],
    );
    for (const table of ['member_attribute', 'screener_answer', 'member_tag', 'bulk_action_member']) {
      await tx.run(`DELETE FROM ${table} WHERE member_id = ?`, [memberId]);
    }
    await purgeMemberUndo(tx, memberId);
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'member.erase',
      entity: 'member',
      entityId: memberId,
      reason,
      details: { removed: ERASED_FIELDS, kept: KEPT_FIELDS },
    });
    return pseudonym!;
  });
  const walCheckpointed = await checkpointWal(ctx.db.writer);
  await forgetOutside(identifying);
  return { memberId, code, erasedAt, walCheckpointed };
}
