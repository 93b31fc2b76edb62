import type { MemberDetail, MemberFields } from '@api/members';
import { editableFields, memberFieldDef } from '@model/members/member-fields';
import type { SqlValue } from '../db/connection';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { writeAttributeValues } from './attributes';
import { fieldIssuesError } from './field-issues';
import { freshMemberCodes } from '../members/member-code';
import { getMember, memberNotFound } from './member-detail';
import type { CallContext } from '../call-context';
import { textKey } from '../members/text-key';

/** Members are at least this old: a later birth year is implausible. */
export const MIN_MEMBER_AGE = 13;
export const EARLIEST_BIRTH_YEAR = 1900;

/** Column assignments for the fields present in a patch, with their folded keys. */
function assignments(fields: MemberFields): [string, SqlValue][] {
  const out: [string, SqlValue][] = [];
  for (const field of editableFields) {
    const value = fields[field];
    if (value === undefined) continue;
    const def = memberFieldDef(field);
    out.push([def.column!, typeof value === 'boolean' ? (value ? 1 : 0) : (value as SqlValue)]);
    if (def.key) out.push([def.key, textKey(value as string | null)]);
  }
  return out;
}

/** Checks what depends on the clock; zod has checked types and formats at the boundary. */
function checkPlausible(fields: MemberFields, now: Date, path: string[]): void {
  const latest = now.getUTCFullYear() - MIN_MEMBER_AGE;
  if (fields.birthYear != null && fields.birthYear > latest) {
    throw fieldIssuesError([
      { path: [...path, 'birthYear'], message: `expected a year from ${EARLIEST_BIRTH_YEAR} to ${latest} (members are at least ${MIN_MEMBER_AGE})` },
    ]);
  }
}

const today = (now: Date) => now.toISOString().slice(0, 10);

async function checkExternalIdFree(tx: Tx, externalId: string | null | undefined, memberId: number | null): Promise<void> {
  if (externalId == null) return;
  const other = await tx.get<{ code: string }>('SELECT code FROM member WHERE external_id = ? AND id IS NOT ?', [externalId, memberId]);
  if (other) {
    throw new AppError('CONFLICT', `Member ${other.code} already has the external id "${externalId}".`, {
      key: 'errors.externalIdTaken',
      params: { code: other.code, externalId },
      issues: [{ path: ['externalId'], message: `already used by member ${other.code}` }],
    });
  }
}

async function auditConsent(ctx: CallContext, tx: Tx, memberId: number, before: { status: string; dnc: number } | null, fields: MemberFields) {
  const statusChanged = fields.consentStatus !== undefined && fields.consentStatus !== before?.status;
  const dncChanged = fields.doNotContact !== undefined && (fields.doNotContact ? 1 : 0) !== (before?.dnc ?? 0);
  if (!statusChanged && !dncChanged) return;
  await writeAudit(tx, {
    at: ctx.now(),
    actor: ctx.actor,
    action: 'member.consent',
    entity: 'member',
    entityId: memberId,
    reason: null,
    details: { consentStatus: fields.consentStatus ?? before?.status ?? 'unknown', doNotContact: fields.doNotContact ?? before?.dnc === 1 },
  });
}

/** Adds a member; every field is optional. A random member code is assigned. */
export async function createMember(ctx: CallContext, fields: MemberFields): Promise<MemberDetail> {
  const now = ctx.now();
  checkPlausible(fields, now, []);
  const id = await ctx.db.writer.transaction(async (tx) => {
    await checkExternalIdFree(tx, fields.externalId, null);
    const [code] = await freshMemberCodes(tx, 1);
    const values = assignments(fields);
    if (fields.consentStatus && fields.consentStatus !== 'unknown' && fields.consentDate === undefined) values.push(['consent_date', today(now)]);
    values.push(['code', code!], ['created_at', now.toISOString()], ['updated_at', now.toISOString()]);
    const { lastID } = await tx.run(
      `INSERT INTO member (${values.map(([c]) => c).join(', ')}) VALUES (${values.map(() => '?').join(', ')})`,
      values.map(([, v]) => v),
    );
    if (fields.attributes) await writeAttributeValues(tx, lastID, fields.attributes, ['attributes']);
    await auditConsent(ctx, tx, lastID, null, fields);
    return lastID;
  });
  return getMember(ctx, id);
}

/** Changes the fields present in the patch (null clears); a new consent status without a date is dated today. */
export async function updateMember(ctx: CallContext, memberId: number, patch: MemberFields): Promise<MemberDetail> {
  const now = ctx.now();
  checkPlausible(patch, now, ['patch']);
  await ctx.db.writer.transaction(async (tx) => {
    const before = await tx.get<{ status: string; dnc: number; erased_at: string | null }>(
      'SELECT consent_status AS status, do_not_contact AS dnc, erased_at FROM member WHERE id = ?',
      [memberId],
    );
    if (!before) throw memberNotFound(memberId);
    if (before.erased_at) {
      throw new AppError('CONFLICT', `Member ${memberId} was erased on request; an erased member cannot be edited.`, { key: 'errors.memberErased', params: { memberId } });
    }
    await checkExternalIdFree(tx, patch.externalId, memberId);
    const values = assignments(patch);
    if (patch.consentStatus !== undefined && patch.consentStatus !== before.status && patch.consentDate === undefined) {
      values.push(['consent_date', patch.consentStatus === 'unknown' ? null : today(now)]);
    }
    values.push(['updated_at', now.toISOString()]);
    await tx.run(`UPDATE member SET ${values.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`, [...values.map(([, v]) => v), memberId]);
    if (patch.attributes) await writeAttributeValues(tx, memberId, patch.attributes, ['patch', 'attributes']);
    await auditConsent(ctx, tx, memberId, before, patch);
  });
  return getMember(ctx, memberId);
}

/**
 * Deletes a member and everything linked to them. A member with responses is not deleted: erasure
 * keeps their responses for analysis, so the request is refused and points there.
 */
export async function deleteMember(ctx: CallContext, memberId: number, reason: string | null): Promise<{ memberId: number }> {
  await ctx.db.writer.transaction(async (tx) => {
    if (!(await tx.get('SELECT 1 FROM member WHERE id = ?', [memberId]))) throw memberNotFound(memberId);
    const { n } = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM response WHERE member_id = ?', [memberId]))!;
    if (n > 0) {
      throw new AppError('CONFLICT', `Member ${memberId} has ${n} responses. Erase the member instead: that removes the personal data and keeps the responses for analysis.`, {
        key: 'errors.memberHasResponses',
        params: { memberId, responses: n },
      });
    }
    await tx.run('DELETE FROM member WHERE id = ?', [memberId]);
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'member.delete', entity: 'member', entityId: memberId, reason, details: null });
  });
  return { memberId };
}
