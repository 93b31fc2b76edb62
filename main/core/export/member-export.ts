import type { MemberExportInput } from '@api/export';
import { listedFields } from '@model/members/member-fields';
import type { CsvCell } from '@model/csv/csv-preview';
import type { CallContext } from '../call-context';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { CONTACTABLE_SQL } from '../members/contactable';
import { segmentMembers } from '../analysis/segments';
import { compileMemberFilter, compilePanelFilter, loadMemberFilterContext } from '../members/member-filter';
import { frozenThresholds, loadCampaign, parseFilter } from '../recruitment/campaign-store';
import { EXPORT_PAGE_ROWS, type ExportPlan } from './export-jobs';
import { auditPersonalExport, memberColumns } from './member-columns';

/** What an invitation list holds by default: who to write to, and how. */
const INVITATION_COLUMNS = ['code', 'name', 'email', 'language'];

type Selection = Pick<MemberExportInput, 'filter' | 'segmentId' | 'memberIds' | 'campaignId'>;

/**
 * The members selected, as a condition over a member row aliased m: listed ids; a filter's or a
 * saved segment's result (erased members are no longer part of the panel); or a campaign's invitation list, its rules read
 * with its frozen openness thresholds and only members the consent rule lets be contacted.
 */
async function selectedMembers(ctx: CallContext, s: Selection): Promise<{ where: CompiledFilter; campaign: boolean }> {
  if (s.memberIds) return { where: { sql: 'm.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(s.memberIds)] }, campaign: false };
  if (s.campaignId !== undefined) {
    const db = ctx.db.reader;
    const row = await loadCampaign(db, s.campaignId);
    const rules = row.rules === null ? null : parseFilter(row.rules);
    const where = compileMemberFilter(rules, await loadMemberFilterContext(db), frozenThresholds(row));
    return { where: { sql: `${CONTACTABLE_SQL} AND ${where.sql}`, params: where.params }, campaign: true };
  }
  const where = s.segmentId === undefined ? await compilePanelFilter(ctx.db, s.filter) : await segmentMembers(ctx.db, s.segmentId);
  return { where: { sql: `m.erased_at IS NULL AND ${where.sql}`, params: where.params }, campaign: false };
}

/** Member rows after an id, a page at a time (keyset on the id, so each page is one indexed query). */
async function* memberPages(db: Queryable, select: string, where: CompiledFilter): AsyncGenerator<CsvCell[][]> {
  let after = 0;
  for (;;) {
    const rows = await db.all<{ _id: number } & Record<string, CsvCell>>(`SELECT m.id AS _id, ${select} FROM member m WHERE (${where.sql}) AND m.id > ? ORDER BY m.id LIMIT ?`, [
      ...where.params,
      after,
      EXPORT_PAGE_ROWS,
    ]);
    if (rows.length === 0) return;
    after = rows.at(-1)!._id;
    yield rows.map((r) => Object.values(r).slice(1));
  }
}

/** What the audit entry names: the campaign or segment exported, else members. */
const auditEntity = (s: Selection) =>
  s.campaignId !== undefined ? { entity: 'campaign', entityId: s.campaignId } : s.segmentId !== undefined ? { entity: 'segment', entityId: s.segmentId } : { entity: 'member', entityId: null };

/**
 * A members export: the chosen columns (by default the members list's, or for an invitation list
 * code, name and email) of the selected members, by id. Once written, an export that holds personal
 * data is recorded in the audit log: who, when, how many members and which columns (never values).
 */
export async function planMemberExport(ctx: CallContext, input: MemberExportInput): Promise<ExportPlan> {
  const { where, campaign } = await selectedMembers(ctx, input);
  const names = input.columns ?? (campaign ? INVITATION_COLUMNS : listedFields);
  const columns = await memberColumns(ctx.db.reader, names, 'columns');
  const select = columns.map((c, i) => `${c.sql} AS c${i}`).join(', ');
  const db = ctx.db.reader;
  const { n } = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM member m WHERE ${where.sql}`, where.params))!;
  const day = ctx.now().toISOString().slice(0, 10);
  return {
    kind: 'export.members',
    table: { header: columns.map((c) => c.name), pages: () => memberPages(db, select, where) },
    fileName: campaign ? `invitations-${input.campaignId}-${day}.csv` : `members-${day}.csv`,
    total: n,
    written: (rows) => auditPersonalExport(ctx, { action: 'export.members', ...auditEntity(input), rows, columns }),
  };
}
