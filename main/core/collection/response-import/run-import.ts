import { randomUUID } from 'node:crypto';
import type { ImportRejection } from '@api/csv-import';
import type { ResponseImportResult } from '@api/response-import';
import { writeAudit } from '../../audit';
import type { CallContext } from '../../call-context';
import { dataRowBatches, TimeSlices } from '../../files/csv-import/file-records';
import { countOf, formatCount } from '../../files/csv-import/header-shape';
import { RejectedCsvWriter } from '../../files/csv-import/rejected-rows';
import { RejectionLog } from '../../files/csv-import/row-issues';
import type { JobContext } from '../../jobs/job-registry';
import { hashResponseContent } from '../response-hash';
import type { ImportPlan } from './import-plan';
import { responseRejectionTexts } from './issues';
import { findMembers } from './member-lookup';
import { RowChecker, type CheckedRow } from './row-check';
import { createStaging, dropStaging, mergeRange, stageResponses, type StagedResponse } from './staging';

/** What the import job uses of its call's context. */
type ImportCall = Pick<CallContext, 'db' | 'now' | 'actor'>;

/** Imported responses name where they came from in place of the device that collected them. */
export const IMPORT_DEVICE_ID = 'csv-import';
/** File rows per merge statement pair: each range is a checkpoint, so cancelling waits for at most one. */
const MERGE_ROWS = 5_000;

const summary = (r: Omit<ResponseImportResult, 'message'>) =>
  r.committed
    ? `Imported ${countOf(r.rows, 'row')}: ${countOf(r.added, 'new response')}, ${formatCount(r.skipped)} skipped (no answer), ${formatCount(r.rejected)} rejected.`
    : `Nothing was imported: ${formatCount(r.rejected)} of ${countOf(r.rows, 'row')} ${r.rejected === 1 ? 'was' : 'were'} rejected. Fix them (the rejected rows can be saved as a CSV) or choose to import only the valid rows.`;

/** The rows of one chunk: checked (their members not yet looked up), skipped, or rejected with the fields as read. */
class Chunk {
  readonly checked: CheckedRow[] = [];
  readonly rejected: { row: number; fields: string[]; errors: ImportRejection[] }[] = [];
  skipped = 0;
}

/**
 * The import job: read and check the file in chunks, each staged in one short transaction (the job
 * yields between chunks and while checking), then, unless all-or-nothing found rejected rows, merge
 * everything into response and answer in ONE transaction. Cancelling or a crash at any point leaves
 * the workspace as it was; the staging table is dropped in every case. Every staged row is a new
 * response with a new UUID: identical rows are different respondents.
 */
export async function runImport(env: ImportCall, plan: ImportPlan, ctx: JobContext, rejectedCsvPath: string): Promise<ResponseImportResult> {
  const importedAt = env.now().toISOString();
  const rejections = new RejectionLog();
  const rejectedCsv = new RejectedCsvWriter(rejectedCsvPath, plan.sniff.layout.names, plan.language, responseRejectionTexts);
  const checker = new RowChecker(plan, plan.sniff.layout.names.length, plan.sniff.encoding);
  const counts = { rows: 0, added: 0, skipped: 0, lastRow: 0 };
  let succeeded = false;
  await createStaging(env.db.writer);
  try {
    const slices = new TimeSlices(ctx);
    for await (const batch of dataRowBatches(plan.filePath, plan.sniff)) {
      const chunk = new Chunk();
      const fieldsOf = new Map<number, string[]>();
      for (const { row, fields, quoteError } of batch.rows) {
        if (slices.due()) await slices.yield();
        counts.rows++;
        counts.lastRow = row;
        const outcome = checker.check(row, fields, quoteError);
        if ('checked' in outcome) {
          chunk.checked.push(outcome.checked);
          if (plan.member) fieldsOf.set(row, fields);
        } else if ('skipped' in outcome) chunk.skipped++;
        else chunk.rejected.push({ row, fields, errors: outcome.errors });
      }
      const members = plan.member ? await findMembers(env.db.reader, plan.member, chunk.checked) : null;
      for (const miss of members?.missing ?? []) chunk.rejected.push({ row: miss.row, fields: fieldsOf.get(miss.row)!, errors: [miss] });
      chunk.rejected.sort((a, b) => a.row - b.row);
      const refused = new Set(members?.missing.map((m) => m.row));
      const staged = chunk.checked
        .filter((c) => !refused.has(c.row))
        .map((c): StagedResponse => {
          const startedAt = c.startedAt ?? c.completedAt ?? importedAt;
          const completedAt = c.completedAt ?? c.startedAt ?? importedAt;
          const contentHash = hashResponseContent({ surveyVersionId: plan.version.id, status: 'complete', startedAt, completedAt, answers: c.answers });
          return { row: c.row, id: randomUUID(), memberId: members?.ids.get(c.row) ?? null, startedAt, completedAt, contentHash, answers: c.answers };
        });
      for (const r of chunk.rejected) rejections.add(r.errors);
      counts.added += staged.length;
      counts.skipped += chunk.skipped;
      await stageResponses(env.db.writer, staged);
      await rejectedCsv.write(chunk.rejected);
      ctx.progress(batch.bytesDone, plan.sniff.sizeBytes, 'jobs.phase.importRead');
      await slices.yield();
    }
    const base = { surveyVersionId: plan.version.id, rows: counts.rows, skipped: counts.skipped, rejected: rejections.rows, rejections: rejections.list() };
    if (rejections.rows > 0 && plan.mode === 'all-or-nothing') {
      succeeded = true;
      const result = { ...base, committed: false, added: 0 };
      return { ...result, message: summary(result) };
    }
    const added = await env.db.writer.transaction(async (tx) => {
      let merged = 0;
      ctx.progress(0, counts.added, 'jobs.phase.importResponses');
      for (let first = 1; first <= counts.lastRow; first += MERGE_ROWS) {
        merged += await mergeRange(tx, first, first + MERGE_ROWS - 1, { versionId: plan.version.id, deviceId: IMPORT_DEVICE_ID });
        ctx.progress(merged, counts.added);
        await ctx.checkpoint();
      }
      const details = { rows: counts.rows, added: merged, skipped: counts.skipped, rejected: rejections.rows, mode: plan.mode };
      await writeAudit(tx, { at: env.now(), actor: env.actor, action: 'responses.importCsv', entity: 'survey_version', entityId: plan.version.id, reason: null, details });
      return merged;
    });
    succeeded = true;
    const result = { ...base, committed: true, added };
    return { ...result, message: summary(result) };
  } finally {
    await dropStaging(env.db.writer);
    if (!succeeded || rejectedCsv.rows === 0) await rejectedCsv.discard();
  }
}
