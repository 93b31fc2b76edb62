import type { ImportResult } from '@api/member-import';
import type { CallContext } from '../../call-context';
import type { JobContext } from '../../jobs/job-registry';
import { writeAudit } from '../../audit';
import { dataRowBatches, TimeSlices } from '../../files/csv-import/file-records';
import { countOf, formatCount } from '../../files/csv-import/header-shape';
import { RejectedCsvWriter } from '../../files/csv-import/rejected-rows';
import { RejectionLog } from '../../files/csv-import/row-issues';
import { StagingPipe } from '../../files/csv-import/staging-pipe';
import { randomMemberCodes } from '../../members/member-code';
import type { ImportPlan } from './import-plan';
import { rejection, WarningLog } from './issues';
import { memberRejectionTexts } from './member-rejection-texts';
import { mergeStaged, resolveDuplicates } from './merge';
import { RowChecker, type Rejection, type RowWarning, type StagedRow } from './row-checks';
import { createStaging, dropStaging, stageRows } from './staging';
import { MEMBER_STAGE_COLUMNS } from './value-outcomes';

/** What the import job uses of its call's context. */
type ImportCall = Pick<CallContext, 'db' | 'now' | 'actor'>;

const EXTERNAL_ID = MEMBER_STAGE_COLUMNS.indexOf('external_id');

/**
 * keep both: two members cannot share an external id, so a row bringing one a panel member already
 * has is rejected. (A row repeating an earlier row's external id is an in-file duplicate, skipped.)
 */
async function rejectTakenExternalIds(env: ImportCall, staged: StagedRow[]): Promise<Map<number, Rejection>> {
  const taken = new Map<number, Rejection>();
  const ids = staged.map((s) => s.member[EXTERNAL_ID]).filter((v): v is string => typeof v === 'string');
  if (ids.length === 0) return taken;
  const owners = new Map(
    (await env.db.reader.all<{ external_id: string; code: string }>('SELECT external_id, code FROM member WHERE external_id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)])).map(
      (r) => [r.external_id, r.code],
    ),
  );
  for (const s of staged) {
    const id = s.member[EXTERNAL_ID];
    const owner = typeof id === 'string' ? owners.get(id) : undefined;
    if (owner) taken.set(s.row, rejection(s.row, null, id as string, 'externalIdTaken', { code: owner }));
  }
  return taken;
}

const summary = (committed: boolean, r: Omit<ImportResult, 'message' | 'committed'>) =>
  committed
    ? `Imported ${countOf(r.rows, 'row')}: ${countOf(r.inserted, 'new member')}, ${countOf(r.updated, 'update')}, ${formatCount(r.skipped)} skipped, ${formatCount(r.rejectedCount)} rejected; ${countOf(r.warningCount, 'warning')}.`
    : `Nothing was imported: ${formatCount(r.rejectedCount)} of ${countOf(r.rows, 'row')} ${r.rejectedCount === 1 ? 'was' : 'were'} rejected${r.skipped ? ` and ${formatCount(r.skipped)} would be skipped as duplicates` : ''}. Fix them (the rejected rows can be saved as a CSV) or choose to import only the valid rows.`;

/**
 * The import job: read and check the file in chunks into the staging tables (yielding between
 * chunks; the writer stages a chunk while the next is checked), then merge everything in ONE transaction. Cancelling or a crash at any point leaves the
 * panel as it was; the staging tables are dropped in every case.
 */
export async function runImport(env: ImportCall, plan: ImportPlan, ctx: JobContext, rejectedCsvPath: string): Promise<ImportResult> {
  const startedAt = env.now().toISOString();
  const warnings = new WarningLog();
  const skips = new WarningLog();
  const rejections = new RejectionLog();
  const rejectedCsv = new RejectedCsvWriter(rejectedCsvPath, plan.sniff.layout.names, plan.language, memberRejectionTexts);
  const checker = new RowChecker(plan.columns, plan.sniff.layout.names.length, plan.settings);
  let rows = 0;
  let lastRow = 0;
  let succeeded = false;
  const staging = new StagingPipe();
  await createStaging(env.db.writer);
  try {
    const slices = new TimeSlices(ctx);
    for await (const batch of dataRowBatches(plan.filePath, plan.sniff)) {
      let staged: StagedRow[] = [];
      const rowWarnings = new Map<number, RowWarning[]>();
      const rejected: { row: number; fields: string[]; errors: Rejection[] }[] = [];
      for (const { row, fields, quoteError } of batch.rows) {
        if (slices.due()) await slices.yield();
        rows++;
        lastRow = row;
        const checked = checker.check(row, fields, quoteError);
        if (checked.staged) {
          staged.push(checked.staged);
          if (checked.warnings.length) rowWarnings.set(row, checked.warnings);
        } else {
          rejected.push({ row, fields, errors: checked.errors });
        }
      }
      if (plan.checkExternalIds) {
        const taken = await rejectTakenExternalIds(env, staged);
        const fieldsOf = new Map(batch.rows.map((r) => [r.row, r.fields]));
        for (const [row, error] of taken) rejected.push({ row, fields: fieldsOf.get(row)!, errors: [error] });
        if (taken.size) staged = staged.filter((s) => !taken.has(s.row));
        rejected.sort((a, b) => a.row - b.row);
      }
      for (const r of rejected) rejections.add(r.errors);
      // Only kept rows report warnings: those of a rejected row would be noise.
      for (const s of staged) for (const [column, code, value, params] of rowWarnings.get(s.row) ?? []) warnings.add(s.row, column, code, value, params);
      const kept = staged;
      await staging.push(() => stageRows(env.db.writer, kept, randomMemberCodes(kept.length), plan.usedColumns));
      await rejectedCsv.write(rejected);
      ctx.progress(batch.bytesDone, plan.sniff.sizeBytes, 'jobs.phase.importRead');
      await slices.yield();
    }
    await staging.drain();
    const base = { rows, rejectedCount: rejections.rows, rejected: rejections.list() };
    const mergePlan = { policy: plan.policy, columns: plan.memberColumns };
    if (rejections.rows > 0 && plan.mode === 'all-or-nothing') {
      // Nothing is written, but the report still says which rows are duplicates (only the staging tables change).
      const skipped = await env.db.writer.transaction((tx) => resolveDuplicates(tx, mergePlan, skips));
      const result = { ...base, batchId: null, inserted: 0, updated: 0, skipped, skips: skips.list(), warningCount: warnings.total, warnings: warnings.list() };
      succeeded = true;
      return { committed: false, message: summary(false, result), ...result };
    }
    const outcome = await env.db.writer.transaction(async (tx) => {
      const merged = await mergeStaged(
        tx,
        ctx,
        {
          ...mergePlan,
          hasScreener: plan.hasScreener,
          now: startedAt,
          answeredAt: plan.answeredAt,
          batch: { fileName: plan.fileName, options: plan.options, actor: env.actor, startedAt },
          lastRow,
        },
        { warnings, skips },
      );
      const finishedAt = env.now();
      await tx.run('UPDATE import_batch SET rejected = ?, warnings = ?, finished_at = ? WHERE id = ?', [rejections.rows, warnings.total, finishedAt.toISOString(), merged.batchId]);
      const details = {
        inserted: merged.inserted,
        updated: merged.updated,
        skipped: merged.skipped,
        rejected: rejections.rows,
        warnings: warnings.total,
        ...(plan.consent ? { consent: plan.consent } : {}),
      };
      await writeAudit(tx, { at: finishedAt, actor: env.actor, action: 'members.import', entity: 'import_batch', entityId: merged.batchId, reason: null, details });
      return merged;
    });
    const result = { ...base, skips: skips.list(), warningCount: warnings.total, warnings: warnings.list(), ...outcome };
    succeeded = true;
    return { committed: true, message: summary(true, result), ...result };
  } finally {
    await staging.settle();
    await dropStaging(env.db.writer);
    if (!succeeded || rejectedCsv.rows === 0) await rejectedCsv.discard();
  }
}
