import type { ConsentStatus } from '@model/members/member-fields';
import type { Tx } from '../db/writer';
import { writeMemberAudits } from '../audit';
import { finishBulkAction, recordBulkAction } from '../members/bulk-actions';
import { selectionQuery, type MemberSelection } from './member-list';
import type { CallContext } from '../call-context';

export interface ConsentRecord {
  consentStatus: ConsentStatus;
  /** Absent: today, or none for "unknown" (as members.update dates a changed status). */
  consentDate?: string;
  consentScope: string | null;
  /** Why, for each member's history (e.g. "panel terms v3 accepted at sign-up"). */
  reason: string;
}

/** Members recorded for an action. Parameter: action id. */
const RECORDED = 'SELECT member_id FROM bulk_action_member WHERE action_id = ?';

/**
 * Records the same consent (status, date, scope) for a selection: listed ids or a whole filter
 * result, in SQL in one transaction. Members who already have exactly that record are left alone;
 * the others are recorded with the consent they had, so undo can put it back, and each gets an
 * audit entry (who, when, why, the status and date; the scope stays on the member, whose erasure
 * removes it).
 */
export async function bulkConsent(ctx: CallContext, record: ConsentRecord, selection: MemberSelection): Promise<{ actionId: number; changed: number }> {
  const selected = await selectionQuery(ctx, selection);
  return ctx.db.writer.transaction(async (tx) => {
    const at = ctx.now();
    const status = record.consentStatus;
    const date = record.consentDate ?? (status === 'unknown' ? null : at.toISOString().slice(0, 10));
    const scope = record.consentScope;
    const actionId = await recordBulkAction(tx, ctx, at, { kind: 'consent', status, date, scope });
    const { changes } = await tx.run(
      `INSERT INTO bulk_action_member (action_id, member_id, prior_consent_status, prior_consent_date, prior_consent_scope)
       SELECT ?, m.id, m.consent_status, m.consent_date, m.consent_scope FROM member m
       WHERE m.id IN (${selected.sql}) AND NOT (m.consent_status = ? AND m.consent_date IS ? AND m.consent_scope IS ?)`,
      [actionId, ...selected.params, status, date, scope],
    );
    await tx.run(`UPDATE member SET consent_status = ?, consent_date = ?, consent_scope = ?, updated_at = ? WHERE id IN (${RECORDED})`, [
      status,
      date,
      scope,
      at.toISOString(),
      actionId,
    ]);
    await finishBulkAction(tx, actionId, changes);
    await writeMemberAudits(
      tx,
      { at, actor: ctx.actor, action: 'member.consentBulk', reason: record.reason, details: { consentStatus: status, consentDate: date, bulkActionId: actionId } },
      { sql: RECORDED, params: [actionId] },
    );
    return { actionId, changed: changes };
  });
}

/**
 * Puts back the consent each recorded member had, for those whose consent is still what the action
 * set (a member whose consent was recorded again since keeps that; erased members were purged from
 * the record). Audited per member. Returns how many were reverted.
 */
export async function revertConsentAction(
  tx: Tx,
  ctx: CallContext,
  at: Date,
  action: { id: number; consent: { status: ConsentStatus; date: string | null; scope: string | null } },
): Promise<number> {
  const { status, date, scope } = action.consent;
  const still = `m.erased_at IS NULL AND m.consent_status = ? AND m.consent_date IS ? AND m.consent_scope IS ?`;
  const reverted = `SELECT b.member_id FROM bulk_action_member b JOIN member m ON m.id = b.member_id WHERE b.action_id = ? AND ${still}`;
  const params = [action.id, status, date, scope];
  await writeMemberAudits(tx, { at, actor: ctx.actor, action: 'member.consentUndo', reason: null, details: { bulkActionId: action.id } }, { sql: reverted, params });
  const { changes } = await tx.run(
    `UPDATE member SET consent_status = b.prior_consent_status, consent_date = b.prior_consent_date, consent_scope = b.prior_consent_scope, updated_at = ?
     FROM bulk_action_member b WHERE b.action_id = ? AND b.member_id = member.id AND member.id IN (${reverted})`,
    [at.toISOString(), action.id, ...params],
  );
  return changes;
}
