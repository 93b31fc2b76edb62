import { ATTRIBUTE_PREFIX, isMemberField, memberFieldDef } from '@model/members/member-fields';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { loadMemberFilterContext } from '../members/member-filter';
import { memberSqlFields } from '../members/member-sql';

/** A member column of an export: its name and its value as SQL over a member row aliased m. */
export interface MemberColumn {
  name: string;
  sql: string;
  /** Personal data (a field erasure removes, or a custom attribute): exporting it is audited. */
  personal: boolean;
}

/**
 * The SQL of member columns (member fields through the member-field table, the openness score,
 * custom attributes attr:<key> from their field source). An attribute the workspace does not have
 * is refused, naming its place in `path`.
 */
export async function memberColumns(db: Queryable, names: readonly string[], path: string): Promise<MemberColumn[]> {
  const attributes = names.some((n) => n.startsWith(ATTRIBUTE_PREFIX)) ? (await loadMemberFilterContext(db, names)).fields : {};
  return names.map((name, i) => {
    if (isMemberField(name)) {
      const def = memberFieldDef(name);
      const sql = def.column !== undefined ? `m.${def.column}` : (memberSqlFields[name] as { expr: string }).expr;
      return { name, sql, personal: def.erase === 'remove' };
    }
    const field = attributes[name];
    if (!field || !('expr' in field)) {
      throw new AppError('VALIDATION', `${path}[${i}]: the workspace has no custom attribute "${name.slice(ATTRIBUTE_PREFIX.length)}".`, {
        key: 'errors.exportUnknownAttribute',
        params: { attribute: name },
        issues: [{ path: [path, i], message: 'expected a member field or an attribute the workspace has' }],
      });
    }
    return { name, sql: field.expr, personal: true };
  });
}

/**
 * Records an export that held personal data in the audit log, once its file is written: who, when,
 * how many rows and which columns (never a value). Nothing when no column is personal.
 */
export async function auditPersonalExport(ctx: CallContext, e: { action: string; entity: string; entityId: string | number | null; rows: number; columns: readonly MemberColumn[] }): Promise<void> {
  const personal = e.columns.filter((c) => c.personal).map((c) => c.name);
  if (personal.length === 0) return;
  const details = { rows: e.rows, columns: e.columns.map((c) => c.name), personal };
  await ctx.db.writer.transaction((tx) => writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: e.action, entity: e.entity, entityId: e.entityId, reason: null, details }));
}
