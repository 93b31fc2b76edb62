import { randomUUID } from 'node:crypto';
import type { ResponseImportResult } from '@api/response-import';
import { writeAudit } from '../../audit';
import type { CallContext } from '../../call-context';
import { withPageCache } from '../../db/page-cache';
import type { DataRow, TimeSlices } from '../../files/csv-import/file-records';
import { countOf, formatCount } from '../../files/csv-import/header-shape';
import { RejectedCsvWriter } from '../../files/csv-import/rejected-rows';
import { RejectionLog } from '../../files/csv-import/row-issues';
import { readCheckAndStage, type CheckedChunk } from '../../files/csv-import/staged-read';
import type { JobContext } from '../../jobs/job-registry';
import { hashResponseContent } from '../response-hash';
import type { ImportPlan } from './import-plan';
import { responseRejectionTexts } from './issues';
import { findMembers } from './member-lookup';
import { RowChecker, type CheckedRow } from './row-check';
import { createStaging, dropStaging, indexStaging, mergeAnswers, mergeResponses, stageResponses, type StagedResponse } from './staging';

/** What the import job uses of its call's context. */
type ImportCall = Pick<CallContext, 'db' | 'now' | 'actor'>;

/** Imported responses name where they came from in place of the device that collected them. */
const IMPORT_DEVICE_ID = 'csv-import';
/**
 * The writer's page cache while merging (SQLite's default is 2 MiB): the pages of the answer indexes
 * the merge sweeps stay in memory instead of being read and written again for every chunk.
 */
const MERGE_CACHE_KIB = 32 * 1024;
/** Responses per merge statement pair: each chunk is a checkpoint, so cancelling waits for at most one. */
const MERGE_ROWS = 5_000;

const summary = (r: Omit<ResponseImportResult, 'message'>) =>
  r.committed
    ? `Imported ${countOf(r.rows, 'row')}: ${countOf(r.added, 'new response')}, ${formatCount(r.skipped)} skipped (no answer), ${formatCount(r.rejected)} rejected.`
    : `Nothing was imported: ${formatCount(r.rejected)} of ${countOf(r.rows, 'row')} ${r.rejected === 1 ? 'was' : 'were'} rejected. Fix them (the rejected rows can be saved as a CSV) or choose to import only the valid rows.`;

/** Rows checked, staged and reported together: few enough that the objects they make die young (a whole 256 KiB read at a time took the peak memory of a 100,000-row import from about 350 to 435 MB). */
const CHUNK_ROWS = 500;

interface ChunkOutcome extends CheckedChunk {
  staged: StagedResponse[];
  skipped: number;
}

/** Checks a chunk of rows, looks up their members, and makes each row that fits a response: a new UUID, its times and its content hash. */
async function checkChunk(env: ImportCall, plan: ImportPlan, checker: RowChecker, rows: readonly DataRow[], importedAt: string, slices: TimeSlices): Promise<ChunkOutcome> {
  const out: ChunkOutcome = { staged: [], skipped: 0, rejected: [] };
  const checked: CheckedRow[] = [];
  for (const { row, fields, quoteError } of rows) {
    if (slices.due()) await slices.yield();
    const outcome = checker.check(row, fields, quoteError);
    if ('checked' in outcome) checked.push(outcome.checked);
    else if ('skipped' in outcome) out.skipped++;
    else out.rejected.push({ row, fields, errors: outcome.errors });
  }
  const members = plan.member ? await findMembers(env.db.reader, plan.member, checked) : null;
  if (members?.missing.length) {
    const fieldsOf = new Map(rows.map((r) => [r.row, r.fields]));
    for (const miss of members.missing) out.rejected.push({ row: miss.row, fields: fieldsOf.get(miss.row)!, errors: [miss] });
    out.rejected.sort((x, y) => x.row - y.row);
  }
  checked.forEach((c, i) => {
    const memberId = members?.ids[i] ?? null;
    if (plan.member && c.member !== null && memberId === null) return;
    const startedAt = c.startedAt ?? c.completedAt ?? importedAt;
    const completedAt = c.completedAt ?? c.startedAt ?? importedAt;
    const contentHash = hashResponseContent({ surveyVersionId: plan.version.id, status: 'complete', startedAt, completedAt, answers: c.answers });
    out.staged.push({ row: c.row, id: randomUUID(), memberId, startedAt, completedAt, contentHash, answers: c.answers });
  });
  return out;
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
  const counts = { added: 0, skipped: 0 };
  let succeeded = false;
  await createStaging(env.db.writer);
  try {
    const { rows, lastRow } = await readCheckAndStage(plan, ctx, {
      chunkRows: CHUNK_ROWS,
      rejections,
      rejectedCsv,
      check: (chunkRows, slices) => checkChunk(env, plan, checker, chunkRows, importedAt, slices),
      stage: (chunk) => {
        counts.added += chunk.staged.length;
        counts.skipped += chunk.skipped;
        return stageResponses(env.db.writer, chunk.staged);
      },
    });
    const base = { surveyVersionId: plan.version.id, rows, skipped: counts.skipped, rejected: rejections.rows, rejections: rejections.list() };
    if (rejections.rows > 0 && plan.mode === 'all-or-nothing') {
      succeeded = true;
      const result = { ...base, committed: false, added: 0 };
      return { ...result, message: summary(result) };
    }
    const added = await env.db.writer.transaction(async (tx) => {
      let merged = 0;
      // The responses, in file order, then their answers: each half of the progress.
      ctx.progress(0, counts.added * 2, 'jobs.phase.importResponses');
      await withPageCache(tx, MERGE_CACHE_KIB, async () => {
        await indexStaging(tx);
        for (let first = 1; first <= lastRow; first += MERGE_ROWS) {
          merged += await mergeResponses(tx, first, first + MERGE_ROWS - 1, { versionId: plan.version.id, deviceId: IMPORT_DEVICE_ID });
          ctx.progress(merged, counts.added * 2);
          await ctx.checkpoint();
        }
        let answered = 0;
        for (let after = await mergeAnswers(tx, '', MERGE_ROWS); after !== null; after = await mergeAnswers(tx, after, MERGE_ROWS)) {
          answered = Math.min(counts.added, answered + MERGE_ROWS);
          ctx.progress(merged + answered, counts.added * 2);
          await ctx.checkpoint();
        }
      });
      const details = { rows, added: merged, skipped: counts.skipped, rejected: rejections.rows, mode: plan.mode };
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
