import type { BulkAction } from '@api/tags';
import type { ConsentStatus } from '@model/members/member-fields';
import type { Queryable, Tx } from '../db/writer';
import type { CallContext } from '../call-context';

/**
 * Bulk actions on members (tag, untag, consent record) are kept so the last one can be undone:
 * the action, and each member it changed (with the consent it replaced, for a consent record).
 * Only the last action is kept: recording one drops the previous record.
 */
export type BulkWhat = { kind: 'tag' | 'untag'; tagId: number } | { kind: 'consent'; status: ConsentStatus; date: string | null; scope: string | null };

/** Records a new action (with changed = 0 until finishBulkAction) and returns its id. */
export async function recordBulkAction(tx: Tx, ctx: Pick<CallContext, 'actor'>, at: Date, what: BulkWhat): Promise<number> {
  const [tagId, consent] = what.kind === 'consent' ? [null, what] : [what.tagId, null];
  const { lastID } = await tx.run(
    'INSERT INTO bulk_action (kind, tag_id, consent_status, consent_date, consent_scope, actor, at, changed) VALUES (?, ?, ?, ?, ?, ?, ?, 0)',
    [what.kind, tagId, consent?.status ?? null, consent?.date ?? null, consent?.scope ?? null, ctx.actor, at.toISOString()],
  );
  // After inserting, so action ids keep growing; the older records' members go with them (cascade).
  await tx.run('DELETE FROM bulk_action WHERE id <> ?', [lastID]);
  return lastID;
}

export async function finishBulkAction(tx: Tx, actionId: number, changed: number): Promise<void> {
  await tx.run('UPDATE bulk_action SET changed = ? WHERE id = ?', [changed, actionId]);
}

interface LastRow {
  id: number;
  kind: BulkAction['kind'];
  tagId: number | null;
  tagName: string | null;
  consentStatus: ConsentStatus | null;
  consentDate: string | null;
  consentScope: string | null;
  actor: string;
  at: string;
  changed: number;
  undoneAt: string | null;
}

const LAST = `SELECT b.id, b.kind, b.tag_id AS tagId, t.name AS tagName, b.consent_status AS consentStatus, b.consent_date AS consentDate,
    b.consent_scope AS consentScope, b.actor, b.at, b.changed, b.undone_at AS undoneAt
  FROM bulk_action b LEFT JOIN tag t ON t.id = b.tag_id ORDER BY b.id DESC LIMIT 1`;

/** The last bulk action (what undo would undo), read through the reader or inside a transaction. */
export async function readLastBulkAction(db: Queryable): Promise<BulkAction | null> {
  const row = await db.get<LastRow>(LAST);
  if (!row) return null;
  const { consentStatus, consentDate, consentScope, ...rest } = row;
  return { ...rest, consent: consentStatus === null ? null : { status: consentStatus, date: consentDate, scope: consentScope } };
}

export const lastBulkAction = (ctx: CallContext): Promise<BulkAction | null> => readLastBulkAction(ctx.db.reader);
