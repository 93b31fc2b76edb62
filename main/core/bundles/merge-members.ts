import type { BundleMember, BundleTombstone } from '@model/bundles/bundle-format';
import type { CallContext } from '../call-context';
import type { Tx } from '../db/writer';
import { freshMemberCodes } from '../members/member-code';
import { textKey } from '../members/text-key';
import { eraseMemberRow } from '../panel/member-erasure';
import { fieldColumn, fieldKey, TRAVELLING_FIELDS } from './bundle-members';

/**
 * Members arriving in a bundle, by uid. Erasures first: a tombstone erases the member here (once)
 * and is kept, so a member record from an older bundle never brings the personal data back. A
 * member not here is added (its code kept when free); one here takes the bundle's fields when they
 * were changed later (the later change wins, the same on every device whatever the import order).
 * Responses that waited for the member are linked.
 */

export type MemberMerge = {
  added: number;
  updated: number;
  /** Member records refused because the member was erased (here or on another device). */
  erasedSkipped: number;
  /** Members erased here by the bundle's tombstones. */
  erased: number;
  /** Responses linked to a member that arrived after them. */
  linked: number;
  /** Values the erasures removed, to clear their copies outside the workspace once committed. */
  identifying: (string | null)[];
};

const ERASURE_REASON = 'Erased on another device (bundle import)';

export async function applyTombstones(tx: Tx, ctx: Pick<CallContext, 'actor'>, tombstones: readonly BundleTombstone[], now: Date, out: MemberMerge): Promise<void> {
  for (const t of tombstones) {
    await tx.run('INSERT INTO member_tombstone (uid, erased_at) VALUES (?, ?) ON CONFLICT (uid) DO UPDATE SET erased_at = min(erased_at, excluded.erased_at)', [t.uid, t.erasedAt]);
    const here = await tx.get<{ id: number }>('SELECT id FROM member WHERE uid = ? AND erased_at IS NULL', [t.uid]);
    if (!here) continue;
    const { identifying } = await eraseMemberRow(tx, ctx, { memberId: here.id, reason: ERASURE_REASON, now });
    out.identifying.push(...identifying);
    out.erased++;
  }
}

/** The later change wins; on the same instant, the greater content, so every device picks the same. */
const wins = (theirs: { updatedAt: string; content: string }, mine: { updatedAt: string; content: string }) =>
  theirs.updatedAt > mine.updatedAt || (theirs.updatedAt === mine.updatedAt && theirs.content > mine.content);

const contentOf = (fields: Record<string, unknown>) => JSON.stringify(TRAVELLING_FIELDS.map((f) => fields[f] ?? null));

/** Column assignments for the travelling fields, their folded keys made here. */
function columnValues(member: BundleMember): [string, string | number | null][] {
  return TRAVELLING_FIELDS.flatMap((f) => {
    const raw = member.fields[f] ?? null;
    const value = typeof raw === 'boolean' ? Number(raw) : raw;
    const key = fieldKey(f);
    return [[fieldColumn(f), value] as [string, string | number | null], ...(key ? [[key, textKey(typeof value === 'string' ? value : null)] as [string, string | null]] : [])];
  });
}

export async function mergeMembers(tx: Tx, members: readonly BundleMember[], out: MemberMerge): Promise<void> {
  for (const m of members) {
    const erased = await tx.get('SELECT 1 FROM member_tombstone WHERE uid = ? UNION ALL SELECT 1 FROM member WHERE uid = ? AND erased_at IS NOT NULL', [m.uid, m.uid]);
    if (erased) {
      out.erasedSkipped++;
      continue;
    }
    const values = columnValues(m);
    const here = await tx.get<{ id: number; updatedAt: string } & Record<string, unknown>>(
      `SELECT id, updated_at AS updatedAt, ${TRAVELLING_FIELDS.map((f) => `${fieldColumn(f)} AS "${f}"`).join(', ')} FROM member WHERE uid = ?`,
      [m.uid],
    );
    if (!here) {
      const codeTaken = await tx.get('SELECT 1 FROM member WHERE code = ?', [m.code]);
      const code = codeTaken ? (await freshMemberCodes(tx, 1))[0]! : m.code;
      const columns = ['uid', 'code', 'created_at', 'updated_at', ...values.map(([c]) => c)];
      const { lastID } = await tx.run(`INSERT INTO member (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [
        m.uid,
        code,
        m.createdAt,
        m.updatedAt,
        ...values.map(([, v]) => v),
      ]);
      out.added++;
      out.linked += (await tx.run('UPDATE response SET member_id = ?, member_uid = NULL WHERE member_uid = ?', [lastID, m.uid])).changes;
      continue;
    }
    if (!wins({ updatedAt: m.updatedAt, content: contentOf(m.fields) }, { updatedAt: here.updatedAt, content: contentOf(here) })) continue;
    await tx.run(`UPDATE member SET ${values.map(([c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, [...values.map(([, v]) => v), m.updatedAt, here.id]);
    out.updated++;
  }
}
