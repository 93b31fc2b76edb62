import { setTimeout as delay } from 'node:timers/promises';
import { fieldsWhere, memberFieldDef, storedFields, type Erasure } from '@model/members/member-fields';
import { ageGroupOf } from '@model/recruitment/age-groups';
import type { Tx, Writer } from '../db/writer';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { deleteMemberDays } from '../members/activity-days';
import { freshMemberCodes } from '../members/member-code';
import { purgeMemberUndo } from './import/import-undo';
import { memberNotFound } from './member-detail';
import type { Queryable } from '../db/writer';
import type { CallContext } from '../call-context';

/**
 * What erasure does to each stored field, as SQL over the member row (the member-field table says
 * which): removed, kept (coarse fields that do not single anyone out on their own), replaced by a
 * fresh random pseudonym (the code), cut to its month (a date), or recording the erasure (consent
 * withdrawn that day, do-not-contact). Named parameters: :pseudonym, :day.
 */
const ERASE_SQL: Record<Erasure, ((column: string) => string) | null> = {
  remove: (c) => `${c} = NULL`,
  keep: null,
  pseudonym: (c) => `${c} = :pseudonym`,
  month: (c) => `${c} = CASE WHEN ${c} IS NULL THEN NULL ELSE substr(${c}, 1, 7) || '-01' END`,
  withdrawn: (c) => `${c} = 'withdrawn'`,
  erasedOn: (c) => `${c} = :day`,
  flag: (c) => `${c} = 1`,
};

const ERASURE_ASSIGNMENTS = storedFields.flatMap((f) => {
  const { column, key, erase } = memberFieldDef(f);
  const assign = ERASE_SQL[erase];
  return assign ? [assign(column!), ...(key ? [assign(key)] : [])] : [];
});

const fieldsErased = (...kinds: Erasure[]) => fieldsWhere((d) => kinds.includes(d.erase));

/** What the audit entry says was removed and kept (field names, never values). */
const ERASED_FIELDS = [
  ...fieldsErased('remove', 'pseudonym'),
  ...fieldsErased('month').map((f) => `${f} (day)`),
  'attributes',
  'screenerAnswers',
  'importBatch',
  'responseHistory',
  'pointsLedger',
  'transactionsLink',
  'activityLink',
];
const KEPT_FIELDS = [...fieldsErased('keep'), ...fieldsErased('month').map((f) => `${f} (month)`), 'responses'];

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
 * The erasure itself, inside the caller's transaction: personal data removed (the search index
 * follows through its triggers, with FTS5 secure-delete), birth year coarsened to an age band and
 * join date to its month, consent withdrawn and do-not-contact set, a new random code, responses
 * kept and still linked to the pseudonymous row, and an audit entry without personal data. Answers
 * the new code and the identifying values it removed (to clear their copies outside the file).
 */
export async function eraseMemberRow(
  tx: Tx,
  ctx: Pick<CallContext, 'actor'>,
  request: { memberId: number; reason: string; now: Date },
): Promise<{ code: string; identifying: (string | null)[] }> {
  const { memberId, now } = request;
  const erasedAt = now.toISOString();
  const m = await tx.get<{ birth_year: number | null; age_band: string | null; erased_at: string | null }>('SELECT birth_year, age_band, erased_at FROM member WHERE id = ?', [
    memberId,
  ]);
  if (!m) throw memberNotFound(memberId);
  if (m.erased_at) {
    throw new AppError('CONFLICT', `Member ${memberId} was already erased on ${m.erased_at}.`, { key: 'errors.memberErased', params: { memberId } });
  }
  const identifying = await identifyingValues(tx, memberId);
  const [pseudonym] = await freshMemberCodes(tx, 1);
  // The age band is kept: filled from the birth year before that goes.
  await tx.run(`UPDATE member SET ${ERASURE_ASSIGNMENTS.join(', ')}, age_band = :ageBand, import_batch_id = NULL, erased_at = :at, updated_at = :at WHERE id = :id`, {
    ':pseudonym': pseudonym!,
    ':day': erasedAt.slice(0, 10),
    ':ageBand': m.age_band ?? ageGroupOf(m.birth_year, now.getUTCFullYear()),
    ':at': erasedAt,
    ':id': memberId,
  });
  // response_history: the answers data cleaning replaced; points_entry: the points ledger (with redemption reasons).
  for (const table of ['member_attribute', 'screener_answer', 'member_tag', 'bulk_action_member', 'response_history', 'points_entry']) {
    await tx.run(`DELETE FROM ${table} WHERE member_id = ?`, [memberId]);
  }
  await purgeMemberUndo(tx, memberId);
  // Imported purchases and activity stay in the totals but name nobody: unlinked, times cut to the month and the day.
  await tx.run(`UPDATE member_transaction SET member_id = NULL, at = unixepoch(at, 'unixepoch', 'start of month') WHERE member_id = ?`, [memberId]);
  await tx.run(`UPDATE activity_event SET member_id = NULL, at = unixepoch(at, 'unixepoch', 'start of day') WHERE member_id = ?`, [memberId]);
  await deleteMemberDays(tx, memberId);
  await tx.run('DELETE FROM member_community WHERE member_id = ?', [memberId]);
  await writeAudit(tx, {
    at: now,
    actor: ctx.actor,
    action: 'member.erase',
    entity: 'member',
    entityId: memberId,
    reason: request.reason,
    details: { removed: ERASED_FIELDS, kept: KEPT_FIELDS },
  });
  return { code: pseudonym!, identifying };
}

/**
 * What erasure leaves outside the row, once its transaction committed: secure_delete zeroed the
 * freed bytes; the WAL is checkpointed and truncated so no old page image remains; then
 * forgetOutside clears the copies outside the file (rejected rows, import results, uploads).
 */
export async function afterErasure(writer: Writer, identifying: readonly (string | null)[], forgetOutside: ForgetOutside): Promise<boolean> {
  const walCheckpointed = await checkpointWal(writer);
  await forgetOutside(identifying);
  return walCheckpointed;
}

/** Erasure on request (members.erase), in one transaction (eraseMemberRow), then afterErasure. */
export async function eraseMember(
  ctx: CallContext,
  memberId: number,
  reason: string,
  forgetOutside: ForgetOutside,
): Promise<{ memberId: number; code: string; erasedAt: string; walCheckpointed: boolean }> {
  const now = ctx.now();
  const { code, identifying } = await ctx.db.writer.transaction((tx) => eraseMemberRow(tx, ctx, { memberId, reason, now }));
  const walCheckpointed = await afterErasure(ctx.db.writer, identifying, forgetOutside);
  return { memberId, code, erasedAt: now.toISOString(), walCheckpointed };
}
