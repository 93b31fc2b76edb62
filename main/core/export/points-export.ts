import type { PointsExportInput } from '@api/export';
import type { CsvCell } from '@model/csv/csv-preview';
import type { CallContext } from '../call-context';
import type { Queryable } from '../db/writer';
import { memberNotFound } from '../panel/member-detail';
import { EXPORT_PAGE_ROWS, type ExportPlan } from './export-jobs';

const HEADER = ['entry_id', 'member_code', 'at', 'points', 'kind', 'response_id', 'survey', 'reason', 'actor'];

/** Ledger entries after an id, a page at a time; a redemption's reason is the user's own text, so the guard matters here. */
async function* ledgerPages(db: Queryable, memberId: number | null): AsyncGenerator<CsvCell[][]> {
  let after = 0;
  for (;;) {
    const rows = await db.all<{ id: number; code: string; at: string; points: number; responseId: string | null; survey: string | null; reason: string | null; actor: string | null }>(
      `SELECT p.id, m.code, p.at, p.points, p.response_id AS responseId, s.title AS survey, p.reason, p.actor
       FROM points_entry p JOIN member m ON m.id = p.member_id
       LEFT JOIN response r ON r.id = p.response_id
       LEFT JOIN survey_version v ON v.id = r.survey_version_id
       LEFT JOIN survey s ON s.id = v.survey_id
       WHERE (? IS NULL OR p.member_id = ?) AND p.id > ? ORDER BY p.id LIMIT ?`,
      [memberId, memberId, after, EXPORT_PAGE_ROWS],
    );
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
    yield rows.map((r) => [r.id, r.code, r.at, r.points, r.points > 0 ? 'earned' : 'redeemed', r.responseId, r.survey, r.reason, r.actor]);
  }
}

/** The points ledger (one member's, or everyone's) in entry order. */
export async function planPointsExport(ctx: CallContext, input: PointsExportInput): Promise<ExportPlan> {
  const db = ctx.db.reader;
  const memberId = input.memberId ?? null;
  if (memberId !== null && !(await db.get('SELECT 1 FROM member WHERE id = ?', [memberId]))) throw memberNotFound(memberId);
  const { n } = (await db.get<{ n: number }>('SELECT count(*) AS n FROM points_entry WHERE ? IS NULL OR member_id = ?', [memberId, memberId]))!;
  return {
    kind: 'export.points',
    table: { header: HEADER, pages: () => ledgerPages(db, memberId) },
    fileName: `points-${memberId ?? 'all'}-${ctx.now().toISOString().slice(0, 10)}.csv`,
    total: n,
  };
}
