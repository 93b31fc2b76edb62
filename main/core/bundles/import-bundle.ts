import { answerRowsOf, bundleRecord, type BundleMember, type BundleResponse, type BundleTombstone, type BundleVersion } from '@model/bundles/bundle-format';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { hashResponseContent } from '../collection/response-hash';
import type { Tx } from '../db/writer';
import type { JobContext } from '../jobs/job-registry';
import { afterErasure, type ForgetOutside } from '../panel/member-erasure';
import { readBundle, refuseBundle } from './bundle-file';
import { applyTombstones, mergeMembers, type MemberMerge } from './merge-members';
import { mergeVersions, type AddedVersion } from './merge-versions';
import { quotaOvershoots, type QuotaOvershoot } from './quota-overshoot';
import { insertResponses, localResponses, meet, memberIdsByUid, replaceWithTheirs, unionHashes } from './response-merge';

/**
 * bundles.import. The file is read and checked whole first (checkBundle: kind, checksum,
 * passphrase, authentication, records), then the job merges it in ONE transaction, so a refused
 * file or a cancelled job writes nothing: erasures, versions, members, then responses in chunks. Each response is
 * added, skipped (the same, or an ancestor of what is here), applied as an update (an edit of what
 * is here), kept aside as a conflict, or rejected (its hash does not match its content, its version
 * is unknown, or the record is malformed). The outcome does not depend on the order bundles arrive in.
 */

export type RejectReason = 'invalidRecord' | 'hashMismatch' | 'versionMissing' | 'duplicate';

export type Rejection = {
  line: number;
  responseId: string | null;
  reason: RejectReason;
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

export interface CheckedBundle {
  versions: BundleVersion[];
  members: BundleMember[];
  tombstones: BundleTombstone[];
  responses: { line: number; record: BundleResponse }[];
  rejections: Rejection[];
}

const REJECT_MESSAGES: Record<RejectReason, string> = {
  invalidRecord: 'is not a response record this workbench can read',
  hashMismatch: 'does not match its content hash (changed after it was collected)',
  versionMissing: 'answers a survey version that is neither here nor in the bundle',
  duplicate: 'appears twice in the bundle',
};

const rejection = (line: number, responseId: string | null, reason: RejectReason): Rejection => ({
  line,
  responseId,
  reason,
  message: `Line ${line}${responseId ? ` (response ${responseId})` : ''} ${REJECT_MESSAGES[reason]}.`,
});

/** The body's records; a record other than a response that cannot be read refuses the whole file (the checksum passed, so it was written wrong). */
function parseBody(body: string, fileName: string): CheckedBundle {
  const out: CheckedBundle = { versions: [], members: [], tombstones: [], responses: [], rejections: [] };
  const seen = new Set<string>();
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text === '') continue;
    const line = i + 2; // the header is line 1
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw refuseBundle(fileName, 'corrupted');
    }
    const parsed = bundleRecord.safeParse(raw);
    if (!parsed.success) {
      const type = (raw as { type?: unknown } | null)?.type;
      if (type !== 'response') throw refuseBundle(fileName, 'corrupted');
      const id = (raw as { id?: unknown }).id;
      out.rejections.push(rejection(line, typeof id === 'string' ? id : null, 'invalidRecord'));
      continue;
    }
    const r = parsed.data;
    if (r.type === 'version') out.versions.push(r);
    else if (r.type === 'member') out.members.push(r);
    else if (r.type === 'tombstone') out.tombstones.push(r);
    else if (seen.has(r.id)) out.rejections.push(rejection(line, r.id, 'duplicate'));
    else {
      seen.add(r.id);
      out.responses.push({ line, record: r });
    }
  }
  return out;
}

const contentMatches = (r: BundleResponse) =>
  hashResponseContent({ surveyVersionId: r.surveyVersionId, status: r.status, startedAt: r.startedAt, completedAt: r.completedAt, answers: answerRowsOf(r.answers) }) ===
  r.contentHash;

interface Counts {
  added: number;
  updated: number;
  skipped: number;
  conflicts: number;
}

async function mergeChunk(tx: Tx, actor: string, chunk: CheckedBundle['responses'], at: string, counts: Counts, rejections: Rejection[], touched: Set<string>): Promise<void> {
  const ids = chunk.map((c) => c.record.id);
  const locals = await localResponses(tx, ids);
  const versionIds = [...new Set(chunk.map((c) => c.record.surveyVersionId))];
  const known = new Set((await tx.all<{ id: string }>('SELECT id FROM survey_version WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(versionIds)])).map((v) => v.id));
  const members = await memberIdsByUid(tx, [...new Set(chunk.flatMap((c) => (c.record.memberUid ? [c.record.memberUid] : [])))]);
  const added: BundleResponse[] = [];
  for (const { line, record } of chunk) {
    if (!known.has(record.surveyVersionId)) {
      rejections.push(rejection(line, record.id, 'versionMissing'));
      continue;
    }
    const local = locals.get(record.id);
    const meeting = meet(local, record);
    // Nothing is written from a response skipped as the same or older: its content is checked against its hash only when it is used.
    if (meeting === 'same' || meeting === 'ancestor') {
      counts.skipped++;
      continue;
    }
    if (!contentMatches(record)) {
      rejections.push(rejection(line, record.id, 'hashMismatch'));
      continue;
    }
    if (meeting === 'add') added.push(record);
    else if (meeting === 'update') {
      await replaceWithTheirs(tx, local!, record, unionHashes(record.replacedHashes, local!.replacedHashes), at, actor);
      counts.updated++;
    } else {
      await tx.run(
        'INSERT INTO bundle_conflict (response_id, local_hash, their_hash, theirs, detected_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (response_id, their_hash) DO NOTHING',
        [record.id, local!.contentHash, record.contentHash, JSON.stringify(record), at],
      );
      counts.conflicts++;
      continue;
    }
    touched.add(record.surveyVersionId);
  }
  await insertResponses(tx, added, members, at);
  counts.added += added.length;
}

const summary = (r: Counts & { rejected: number }) =>
  `Bundle imported: ${r.added} added, ${r.updated} updated, ${r.skipped} skipped, ${r.conflicts} in conflict (kept aside to resolve), ${r.rejected} rejected.`;

/** The bundle's records, every check passed (before any job starts, so a refusal is the call's answer, with its i18n key); or a refusal. */
export async function checkBundle(request: { filePath: string; fileName: string; passphrase: string | null }): Promise<CheckedBundle> {
  const { body } = await readBundle(request.filePath, request.fileName, request.passphrase);
  return parseBody(body, request.fileName);
}

export async function importBundle(ctx: CallContext, parsed: CheckedBundle, job: JobContext, forgetOutside: ForgetOutside): Promise<ImportResult> {
  const now = ctx.now();
  const at = now.toISOString();
  const counts: Counts = { added: 0, updated: 0, skipped: 0, conflicts: 0 };
  const members: MemberMerge = { added: 0, updated: 0, erasedSkipped: 0, erased: 0, linked: 0, identifying: [] };
  const rejections = [...parsed.rejections];
  const total = parsed.responses.length;
  const merged = await ctx.db.writer.transaction(async (tx) => {
    await applyTombstones(tx, ctx, parsed.tombstones, now, members);
    const versionsAdded = await mergeVersions(tx, parsed.versions);
    await mergeMembers(tx, parsed.members, members);
    job.progress(0, total, 'jobs.phase.bundleMerge');
    const touched = new Set<string>();
    for (let start = 0; start < total; start += CHUNK) {
      await mergeChunk(tx, ctx.actor, parsed.responses.slice(start, start + CHUNK), at, counts, rejections, touched);
      job.progress(Math.min(total, start + CHUNK), total);
      await job.checkpoint();
    }
    const overshoots = await quotaOvershoots(tx, [...touched]);
    const { identifying: _identifying, ...memberCounts } = members;
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'bundles.import',
      entity: 'bundle',
      entityId: null,
      reason: null,
      details: { ...counts, rejected: rejections.length, versionsAdded: versionsAdded.map((v) => v.id), members: memberCounts },
    });
    return { versionsAdded, overshoots, memberCounts };
  });
  if (members.erased > 0) await afterErasure(ctx.db.writer, members.identifying, forgetOutside);
  const result = { ...counts, rejected: rejections.length };
  return {
    ...result,
    message: summary(result),
    rejections: rejections.slice(0, MAX_REJECTIONS),
    versionsAdded: merged.versionsAdded,
    members: merged.memberCounts,
    quotaOvershoots: merged.overshoots,
  };
}
