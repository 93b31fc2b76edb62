import { bundleRecord, type BundleRecord, type BundleResponse } from '@model/bundles/bundle-format';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { hashResponseTuples } from '../collection/response-hash';
import { withPageCache } from '../db/page-cache';
import type { Tx } from '../db/writer';
import { StagingPipe } from '../files/csv-import/staging-pipe';
import type { JobContext } from '../jobs/job-registry';
import { afterErasure, type ForgetOutside } from '../panel/member-erasure';
import { openBundle, readBodyLines, refuseBundle, type OpenedBundle } from './bundle-file';
import { applyTombstones, mergeMembers, type MemberMerge } from './merge-members';
import { mergeVersions, type AddedVersion } from './merge-versions';
import { quotaOvershoots, type QuotaOvershoot } from './quota-overshoot';
import { insertResponses, localResponses, meet, memberIdsByUid, replaceWithTheirs, unionHashes } from './response-merge';
import { problemText, readResponseRecord, type RecordProblem } from './response-record';

/**
 * bundles.import. The file is opened and checked whole first (checkBundle: kind, checksum,
 * passphrase, authentication, one streaming pass), so a refusal is the call's answer. The job then
 * reads it again as a stream, line by line, and merges as it reads in ONE transaction, the checks
 * made again at the end before it commits, so a file changed meanwhile or a cancelled job writes
 * nothing. Memory stays flat whatever the bundle's size. Each response is added, skipped (the same, or an ancestor of what is here),
 * applied as an update (an edit of what is here), kept aside as a conflict, or rejected (its hash
 * does not match its content, its version is unknown, the record is malformed, or it appears twice).
 * The outcome does not depend on the order bundles arrive in.
 */

export type RejectReason = 'invalidRecord' | 'hashMismatch' | 'versionMissing' | 'duplicate';

export type Rejection = {
  line: number;
  responseId: string | null;
  reason: RejectReason;
  /** For a record that cannot be read: the field and what it should be. */
  detail: RecordProblem | null;
  message: string;
};

export type ImportResult = {
  added: number;
  updated: number;
  skipped: number;
  conflicts: number;
  rejected: number;
  message: string;
  rejections: Rejection[];
  versionsAdded: AddedVersion[];
  members: Omit<MemberMerge, 'identifying'>;
  quotaOvershoots: QuotaOvershoot[];
};

/** Responses merged per step: each step is a checkpoint (progress, cancellation). */
const CHUNK = 1_000;
const MAX_REJECTIONS = 1_000;
/**
 * The writer's page cache while merging (SQLite's default is 2 MiB): the pages of the answer and
 * response indexes the merge sweeps stay in memory instead of being read and written again.
 */
const MERGE_CACHE_KIB = 64 * 1024;

const REJECT_MESSAGES: Record<RejectReason, string> = {
  invalidRecord: 'is not a response record this workbench can read',
  hashMismatch: 'does not match its content hash (changed after it was collected)',
  versionMissing: 'answers a survey version that is neither here nor in the bundle',
  duplicate: 'appears twice in the bundle',
};

const rejection = (line: number, responseId: string | null, reason: RejectReason, detail: RecordProblem | null = null): Rejection => ({
  line,
  responseId,
  reason,
  detail,
  message: `Line ${line}${responseId ? ` (response ${responseId})` : ''} ${REJECT_MESSAGES[reason]}${detail ? `: ${problemText(detail)}` : ''}.`,
});

const contentMatches = (r: BundleResponse) => hashResponseTuples(r, r.answers) === r.contentHash;

type Counts = Pick<ImportResult, 'added' | 'updated' | 'skipped' | 'conflicts'>;
/**
 * A response as read, with whether its content matches its hash: checked as the line is read, while
 * the chunk before merges on the writer's thread, and used only if the response is.
 */
type Line = { line: number; record: BundleResponse; contentOk: boolean };

/** What a merge keeps as it goes: the counts, the first rejections (and how many), the versions that gained responses. */
class MergeState {
  readonly counts: Counts = { added: 0, updated: 0, skipped: 0, conflicts: 0 };
  readonly rejections: Rejection[] = [];
  rejected = 0;
  readonly touched = new Set<string>();

  reject(r: Rejection): void {
    this.rejected++;
    if (this.rejections.length < MAX_REJECTIONS) this.rejections.push(r);
  }
}

/** Merges a chunk of responses whose versions are here (inside the merge's transaction). */
async function mergeChunk(tx: Tx, actor: string, chunk: readonly Line[], at: string, state: MergeState): Promise<void> {
  const locals = await localResponses(tx, chunk.map((c) => c.record.id));
  const members = await memberIdsByUid(tx, [...new Set(chunk.flatMap((c) => (c.record.memberUid ? [c.record.memberUid] : [])))]);
  const added: BundleResponse[] = [];
  for (const { line, record, contentOk } of chunk) {
    const local = locals.get(record.id);
    const meeting = meet(local, record);
    // Nothing is written from a response skipped as the same or older: its content's check counts only when it is used.
    if (meeting === 'same' || meeting === 'ancestor') {
      state.counts.skipped++;
      continue;
    }
    if (!contentOk) {
      state.reject(rejection(line, record.id, 'hashMismatch'));
      continue;
    }
    if (meeting === 'add') added.push(record);
    else if (meeting === 'update') {
      await replaceWithTheirs(tx, local!, record, unionHashes(record.replacedHashes, local!.replacedHashes), at, actor);
      state.counts.updated++;
    } else {
      await tx.run(
        'INSERT INTO bundle_conflict (response_id, local_hash, their_hash, theirs, detected_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (response_id, their_hash) DO NOTHING',
        [record.id, local!.contentHash, record.contentHash, JSON.stringify(record), at],
      );
      state.counts.conflicts++;
      continue;
    }
    state.touched.add(record.surveyVersionId);
  }
  await insertResponses(tx, added, members, at);
  state.counts.added += added.length;
}

/**
 * Reads the body line by line and merges as it reads, inside the caller's transaction: a chunk of
 * responses merges on the writer's thread while the next is read and checked (each response by
 * hand, response-record.ts). Versions, members and erasures are merged in their place (a canonical
 * body has them before the responses); a response whose version has not come yet waits for the
 * end. A record other than a response that cannot be read, or a body that fails its checks at the
 * end, refuses the whole file: the transaction is rolled back.
 */
async function mergeBody(tx: Tx, ctx: CallContext, bundle: OpenedBundle, job: JobContext, now: Date, members: MemberMerge): Promise<{ state: MergeState; versionsAdded: AddedVersion[] }> {
  const at = now.toISOString();
  const state = new MergeState();
  const versionsAdded: AddedVersion[] = [];
  const known = new Set((await tx.all<{ id: string }>('SELECT id FROM survey_version')).map((v) => v.id));
  const seen = new Set<string>();
  const waiting: Line[] = [];
  const pipe = new StagingPipe();
  let chunk: Line[] = [];
  const flush = async () => {
    const responses = chunk;
    chunk = [];
    if (responses.length > 0) await pipe.push(() => mergeChunk(tx, ctx.actor, responses, at, state));
  };
  // Versions, members and erasures change what the responses after them meet: merged before the next response is read.
  let others: BundleRecord[] = [];
  const mergeOthersSoFar = async () => {
    if (others.length === 0) return;
    await flush();
    await pipe.drain();
    await mergeOthers(tx, ctx, others, now, members, versionsAdded);
    for (const r of others) if (r.type === 'version') known.add(r.id);
    others = [];
  };
  try {
    await readBodyLines(bundle, async ({ firstLine, lines, bytesDone }) => {
      for (let i = 0; i < lines.length; i++) {
        const text = lines[i]!;
        if (text === '') continue;
        const line = firstLine + i;
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          throw refuseBundle(bundle.fileName, 'corrupted');
        }
        if ((raw as { type?: unknown } | null)?.type !== 'response') {
          const parsed = bundleRecord.safeParse(raw);
          if (!parsed.success) throw refuseBundle(bundle.fileName, 'corrupted');
          others.push(parsed.data);
          continue;
        }
        await mergeOthersSoFar();
        const read = readResponseRecord(raw);
        if (!read.ok) {
          const id = (raw as { id?: unknown }).id;
          const { field, expected, params } = read;
          state.reject(rejection(line, typeof id === 'string' ? id : null, 'invalidRecord', { field, expected, params }));
        } else if (seen.has(read.record.id)) state.reject(rejection(line, read.record.id, 'duplicate'));
        else {
          seen.add(read.record.id);
          (known.has(read.record.surveyVersionId) ? chunk : waiting).push({ line, record: read.record, contentOk: contentMatches(read.record) });
          if (chunk.length >= CHUNK) await flush();
        }
      }
      job.progress(bytesDone, bundle.sizeBytes, 'jobs.phase.bundleMerge');
      await job.checkpoint();
    });
    await mergeOthersSoFar();
    await flush();
    await pipe.drain();
  } finally {
    // Nothing may run on the transaction once it ends, whatever ended it.
    await pipe.settle();
  }
  for (const w of waiting) if (!known.has(w.record.surveyVersionId)) state.reject(rejection(w.line, w.record.id, 'versionMissing'));
  const late = waiting.filter((w) => known.has(w.record.surveyVersionId));
  for (let start = 0; start < late.length; start += CHUNK) await mergeChunk(tx, ctx.actor, late.slice(start, start + CHUNK), at, state);
  // Versions that came in separate groups renumber their survey each time: the numbers as they end up.
  const numbers = await tx.all<{ id: string; version: number }>('SELECT id, version FROM survey_version WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(versionsAdded.map((v) => v.id))]);
  const numberOf = new Map(numbers.map((n) => [n.id, n.version]));
  return { state, versionsAdded: versionsAdded.map((v) => ({ ...v, version: numberOf.get(v.id) ?? v.version })) };
}

/** Erasures, then versions, then members: an erasure wins over a member record of the same bundle. */
async function mergeOthers(tx: Tx, ctx: CallContext, records: readonly BundleRecord[], now: Date, members: MemberMerge, versionsAdded: AddedVersion[]): Promise<void> {
  await applyTombstones(tx, ctx, records.filter((r) => r.type === 'tombstone'), now, members);
  versionsAdded.push(...(await mergeVersions(tx, records.filter((r) => r.type === 'version'))));
  await mergeMembers(tx, records.filter((r) => r.type === 'member'), members);
}

const summary = (r: Counts & { rejected: number }) =>
  `Bundle imported: ${r.added} added, ${r.updated} updated, ${r.skipped} skipped, ${r.conflicts} in conflict (kept aside to resolve), ${r.rejected} rejected.`;

/** The bundle file, every check passed (before any job starts, so a refusal is the call's answer, with its i18n key); or a refusal. */
export const checkBundle = (request: { filePath: string; fileName: string; passphrase: string | null }): Promise<OpenedBundle> =>
  openBundle(request.filePath, request.fileName, request.passphrase);

export async function importBundle(ctx: CallContext, bundle: OpenedBundle, job: JobContext, forgetOutside: ForgetOutside): Promise<ImportResult> {
  const now = ctx.now();
  const members: MemberMerge = { added: 0, updated: 0, erasedSkipped: 0, erased: 0, linked: 0, identifying: [] };
  const merged = await ctx.db.writer.transaction((tx) =>
    withPageCache(tx, MERGE_CACHE_KIB, async () => {
      const { state, versionsAdded } = await mergeBody(tx, ctx, bundle, job, now, members);
      const overshoots = await quotaOvershoots(tx, [...state.touched]);
      const { identifying: _identifying, ...memberCounts } = members;
      await writeAudit(tx, {
        at: now,
        actor: ctx.actor,
        action: 'bundles.import',
        entity: 'bundle',
        entityId: null,
        reason: null,
        details: { ...state.counts, rejected: state.rejected, versionsAdded: versionsAdded.map((v) => v.id), members: memberCounts },
      });
      return { state, versionsAdded, overshoots, memberCounts };
    }),
  );
  if (members.erased > 0) await afterErasure(ctx.db.writer, members.identifying, forgetOutside);
  const result = { ...merged.state.counts, rejected: merged.state.rejected };
  return {
    ...result,
    message: summary(result),
    rejections: [...merged.state.rejections].sort((x, y) => x.line - y.line),
    versionsAdded: merged.versionsAdded,
    members: merged.memberCounts,
    quotaOvershoots: merged.overshoots,
  };
}
