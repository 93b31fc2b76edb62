import type { Tx } from '../db/writer';
import { writeAudit } from '../audit';
import { parseIdCursor } from './id-cursor';
import type { Queryable } from '../db/writer';
import type { CallContext } from '../call-context';

export interface FrequencyCap {
  maxContacts: number;
  days: number;
}

const CAP_KEYS = { maxContacts: 'contact_cap_max', days: 'contact_cap_days' } as const;
/** Migration 0003 stores these; the fallback only covers a hand-edited workspace_meta. */
const DEFAULT_CAP: FrequencyCap = { maxContacts: 2, days: 30 };

export async function readFrequencyCap(db: Queryable): Promise<FrequencyCap> {
  const rows = await db.all<{ key: string; value: string }>('SELECT key, value FROM workspace_meta WHERE key IN (?, ?)', [CAP_KEYS.maxContacts, CAP_KEYS.days]);
  const read = (key: string, fallback: number) => {
    const n = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return { maxContacts: read(CAP_KEYS.maxContacts, DEFAULT_CAP.maxContacts), days: read(CAP_KEYS.days, DEFAULT_CAP.days) };
}

export async function setFrequencyCap(ctx: CallContext, cap: FrequencyCap): Promise<FrequencyCap> {
  const now = ctx.now();
  return ctx.db.writer.transaction(async (tx: Tx) => {
    const before = await readFrequencyCap(tx);
    for (const [field, key] of Object.entries(CAP_KEYS) as [keyof FrequencyCap, string][]) {
      await tx.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, String(cap[field])]);
    }
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.setFrequencyCap', entity: 'workspace', entityId: null, reason: null, details: { before, after: cap } });
    return readFrequencyCap(tx);
  });
}

/** Start of the cap's window: invitations after this instant count against the cap. */
export const capWindowStart = (now: Date, cap: FrequencyCap) => new Date(now.getTime() - cap.days * 86_400_000).toISOString();

export interface ContactHistoryQuery {
  memberId: number | null;
  campaignId: number | null;
  cursor: string | null;
  limit: number;
}

interface ContactRow {
  id: number;
  memberId: number;
  campaignId: number | null;
  campaignName: string | null;
  kind: 'invitation';
  channel: string;
  contactedAt: string;
  actor: string;
}

/** Invitations newest first; the cursor is the last row's id. */
export async function contactHistory(db: Queryable, q: ContactHistoryQuery) {
  const before = parseIdCursor(q.cursor);
  const rows = await db.all<ContactRow>(
    `SELECT h.id, h.member_id AS memberId, h.campaign_id AS campaignId, c.name AS campaignName, h.kind, h.channel, h.contacted_at AS contactedAt, h.actor
     FROM contact_history h LEFT JOIN campaign c ON c.id = h.campaign_id
     WHERE (? IS NULL OR h.member_id = ?) AND (? IS NULL OR h.campaign_id = ?) AND (? IS NULL OR h.id < ?)
     ORDER BY h.id DESC LIMIT ?`,
    [q.memberId, q.memberId, q.campaignId, q.campaignId, before, before, q.limit + 1],
  );
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  return { rows: page, nextCursor: more ? String(page[page.length - 1]!.id) : null };
}
