import type { Filter } from '@model/filter/filter';
import type { CompiledFilter } from '../db/filter-sql';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { frozenThresholds, loadCampaign, type CampaignRow } from './campaign-store';
import { NOT_CONTACTABLE_REASON_SQL } from '../members/contactable';
import { capWindowStart, readFrequencyCap, type FrequencyCap } from './contact-history';
import type { CallContext } from '../call-context';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';

export interface InviteInput {
  campaignId: number;
  memberIds?: readonly number[];
  filter?: Filter | null;
  onBlocked: 'skip' | 'refuse';
  dryRun: boolean;
  channel: string;
}

type SkipReason = 'notFound' | 'erased' | 'doNotContact' | 'noConsent' | 'alreadyInvited' | 'frequencyCap';
/** Report order; alreadyInvited makes a repeated invitation harmless, so it never refuses. */
const SKIP_ORDER: readonly SkipReason[] = ['notFound', 'erased', 'doNotContact', 'noConsent', 'alreadyInvited', 'frequencyCap'];
const SAMPLE = 20;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function skipMessage(reason: SkipReason, n: number, cap: FrequencyCap): string {
  switch (reason) {
    case 'notFound': return `${plural(n, 'member id does', 'member ids do')} not exist.`;
    case 'erased': return `${plural(n, 'member was', 'members were')} erased and cannot be contacted.`;
    case 'doNotContact': return `${plural(n, 'member is', 'members are')} marked do-not-contact.`;
    case 'noConsent': return `${plural(n, 'member has', 'members have')} not granted consent.`;
    case 'alreadyInvited': return `${plural(n, 'member is', 'members are')} already in this campaign.`;
    case 'frequencyCap':
      return `${plural(n, 'member has', 'members have')} already had ${plural(cap.maxContacts, 'invitation', 'invitations')} in the last ${cap.days} days (the workspace frequency cap).`;
  }
}

function checkInvitable(row: CampaignRow) {
  if (row.status === 'running') return;
  const why = row.status === 'draft' ? 'has not started; start it first (that freezes the openness thresholds)' : row.status === 'paused' ? 'is paused; resume it to invite' : 'is closed';
  throw new AppError('CONFLICT', `Campaign "${row.name}" ${why}.`, { key: 'errors.campaignNotRunning', params: { name: row.name, status: row.status } });
}

/**
 * Sorts the requested members into invitable ones and skips by reason, in a temporary table on
 * the writer connection so a whole filter result never has to pass through JavaScript.
 */
async function classify(tx: Tx, campaignId: number, target: CompiledFilter, cap: FrequencyCap, windowStart: string) {
  await tx.exec('CREATE TEMP TABLE IF NOT EXISTS invite_target (member_id INTEGER PRIMARY KEY, skip TEXT)');
  await tx.run('DELETE FROM temp.invite_target');
  await tx.run(
    `INSERT INTO temp.invite_target (member_id, skip)
     SELECT m.id, coalesce(${NOT_CONTACTABLE_REASON_SQL},
       CASE
         WHEN EXISTS (SELECT 1 FROM campaign_member cm WHERE cm.campaign_id = ? AND cm.member_id = m.id) THEN 'alreadyInvited'
         WHEN (SELECT count(*) FROM contact_history h WHERE h.member_id = m.id AND h.contacted_at > ?) >= ? THEN 'frequencyCap'
       END)
     FROM member m WHERE ${target.sql}`,
    [campaignId, windowStart, cap.maxContacts, ...target.params],
  );
  return tx.all<{ skip: SkipReason | null; n: number }>('SELECT skip, count(*) AS n FROM temp.invite_target GROUP BY skip');
}

async function inviteTarget(tx: Tx, row: CampaignRow, filter: Filter | null, ids: readonly number[] | null): Promise<CompiledFilter> {
  if (ids) return { sql: 'm.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(ids)] };
  const where = compileMemberFilter(filter, await loadMemberFilterContext(tx), frozenThresholds(row));
  // A filter selects among panel members; erased ones are no longer part of the panel.
  return { sql: `m.erased_at IS NULL AND ${where.sql}`, params: where.params };
}

/**
 * Invites members to a running campaign. The consent rule and the workspace frequency cap are
 * checked in the same transaction as the writes; each invitation is kept in the contact history.
 */
export async function inviteMembers(ctx: CallContext, input: InviteInput) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, input.campaignId);
    checkInvitable(row);
    const cap = await readFrequencyCap(tx);
    const ids = input.memberIds ? [...new Set(input.memberIds)] : null;
    const target = await inviteTarget(tx, row, input.filter ?? null, ids);
    const groups = await classify(tx, row.id, target, cap, capWindowStart(now, cap));
    const counts = new Map<SkipReason | null, number>(groups.map((g) => [g.skip, g.n]));
    if (ids) counts.set('notFound', ids.length - groups.reduce((n, g) => n + g.n, 0));
    const skipped = [];
    for (const reason of SKIP_ORDER) {
      const n = counts.get(reason) ?? 0;
      if (n === 0) continue;
      const sample = reason === 'notFound'
        ? await tx.all<{ id: number }>('SELECT value AS id FROM json_each(?) WHERE value NOT IN (SELECT member_id FROM temp.invite_target) ORDER BY value LIMIT ?', [JSON.stringify(ids), SAMPLE])
        : await tx.all<{ id: number }>('SELECT member_id AS id FROM temp.invite_target WHERE skip = ? ORDER BY member_id LIMIT ?', [reason, SAMPLE]);
      skipped.push({ reason, count: n, message: skipMessage(reason, n, cap), sampleMemberIds: sample.map((s) => s.id) });
    }
    const invitable = counts.get(null) ?? 0;
    const blocking = skipped.filter((s) => s.reason !== 'alreadyInvited');
    if (input.onBlocked === 'refuse' && blocking.length && !input.dryRun) {
      throw new AppError('CONFLICT', `Nobody was invited: ${blocking.map((s) => s.message).join(' ')} Choose "skip" to invite the other ${invitable}.`, {
        key: 'errors.inviteRefused',
        params: { invitable, ...Object.fromEntries(blocking.map((s) => [s.reason, s.count])) },
        issues: blocking.map((s) => ({ path: ['skipped', s.reason], message: s.message })),
      });
    }
    if (!input.dryRun && invitable > 0) {
      await tx.run(
        `INSERT INTO contact_history (member_id, campaign_id, kind, channel, contacted_at, actor)
         SELECT member_id, ?, 'invitation', ?, ?, ? FROM temp.invite_target WHERE skip IS NULL ORDER BY member_id`,
        [row.id, input.channel, at, ctx.actor],
      );
      await tx.run(
        `INSERT INTO campaign_member (campaign_id, member_id, status, invited_at, updated_at)
         SELECT ?, member_id, 'invited', ?, ? FROM temp.invite_target WHERE skip IS NULL`,
        [row.id, at, at],
      );
      await writeAudit(tx, {
        at: now,
        actor: ctx.actor,
        action: 'campaigns.invite',
        entity: 'campaign',
        entityId: row.id,
        reason: null,
        details: { invited: invitable, channel: input.channel, skipped: Object.fromEntries(skipped.map((s) => [s.reason, s.count])) },
      });
    }
    await tx.run('DELETE FROM temp.invite_target');
    return { invited: invitable, dryRun: input.dryRun, skipped, frequencyCap: cap };
  });
}
