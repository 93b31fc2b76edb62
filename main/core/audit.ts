/** The audit log: who did what, when and why, to which entity (never personal data). Every service that changes the panel or a campaign writes through this. */
import type { SqlValue } from './db/connection';
import type { Tx } from './db/writer';

export interface AuditEntry {
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string | number | null;
  reason: string | null;
  /** Counts and ids only: never personal data. */
  details: Record<string, unknown> | null;
}

export async function writeAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.run('INSERT INTO audit_log (at, actor, action, entity, entity_id, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    e.at.toISOString(),
    e.actor,
    e.action,
    e.entity,
    e.entityId === null ? null : String(e.entityId),
    e.reason,
    e.details && JSON.stringify(e.details),
  ]);
}

/**
 * The same entry for many members at once, one row each (so each member's history shows it), in
 * SQL however many: `members` selects their ids as member_id.
 */
export async function writeMemberAudits(tx: Tx, e: Omit<AuditEntry, 'entity' | 'entityId'>, members: { sql: string; params: SqlValue[] }): Promise<void> {
  await tx.run(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, reason, details)
     SELECT ?, ?, ?, 'member', CAST(member_id AS TEXT), ?, ? FROM (${members.sql})`,
    [e.at.toISOString(), e.actor, e.action, e.reason, e.details && JSON.stringify(e.details), ...members.params],
  );
}
