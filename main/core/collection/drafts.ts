import type { AnswerRow } from '@model/survey/answer-fields';
import { displayState } from '@model/survey/display-logic';
import { questionEntries } from '@model/survey/definition';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { loadVersion } from './collectable-versions';
import { loadDraft, readAnswerRowsOf, settleResponse } from './response-store';

interface DraftRow {
  responseId: string;
  surveyVersionId: string;
  memberId: number | null;
  memberCode: string | null;
  deviceId: string;
  startedAt: string;
  updatedAt: string;
}

/**
 * Where a draft stands: the furthest question (in the survey's order) it answered or timed (a
 * respondent who skipped an optional question has passed it), and the first question after it
 * that display logic shows, given the answers: where the respondent resumes.
 */
function draftPosition(definition: Parameters<typeof displayState>[0], rows: readonly AnswerRow[], timed: ReadonlySet<string>) {
  const entries = questionEntries(definition);
  const reached = new Set([...rows.map((r) => r.questionId), ...timed]);
  const furthest = entries.findLastIndex((e) => reached.has(e.question.id));
  const shown = displayState(definition, rows).questions;
  const resume = entries.slice(furthest + 1).find((e) => shown[e.question.id]);
  return { lastQuestionId: furthest < 0 ? null : entries[furthest]!.question.id, resumeQuestionId: resume?.question.id ?? null };
}

/** collect.drafts: unfinished responses, latest activity first, with where each resumes. */
export async function listDrafts(ctx: CallContext, surveyVersionId: string | null) {
  const db = ctx.db.reader;
  const drafts = await db.all<DraftRow>(
    `SELECT r.id AS responseId, r.survey_version_id AS surveyVersionId, r.member_id AS memberId, m.code AS memberCode, r.device_id AS deviceId,
       r.started_at AS startedAt, coalesce(r.updated_at, r.started_at) AS updatedAt
     FROM response r LEFT JOIN member m ON m.id = r.member_id
     WHERE r.status = 'draft' AND (? IS NULL OR r.survey_version_id = ?)
     ORDER BY updatedAt DESC, r.id`,
    [surveyVersionId, surveyVersionId],
  );
  const ids = drafts.map((d) => d.responseId);
  const answers = await readAnswerRowsOf(db, ids);
  const timed = new Map(ids.map((id) => [id, new Set<string>()]));
  const timings = await db.all<{ responseId: string; questionId: string }>(
    'SELECT response_id AS responseId, question_id AS questionId FROM answer_timing WHERE response_id IN (SELECT value FROM json_each(?))',
    [JSON.stringify(ids)],
  );
  for (const t of timings) timed.get(t.responseId)!.add(t.questionId);
  const versions = new Map<string, Awaited<ReturnType<typeof loadVersion>>>();
  const out = [];
  for (const d of drafts) {
    let v = versions.get(d.surveyVersionId);
    if (!v) versions.set(d.surveyVersionId, (v = await loadVersion(db, d.surveyVersionId)));
    const rows = answers.get(d.responseId)!;
    out.push({
      ...d,
      surveyId: v.surveyId,
      surveyTitle: v.title,
      version: v.version,
      answered: new Set(rows.map((r) => r.questionId)).size,
      ...draftPosition(v.definition, rows, timed.get(d.responseId)!),
    });
  }
  return { drafts: out };
}

/** collect.discard: the draft is set aside as void (cause discarded), its answers kept; audited (who, when). */
export async function discardDraft(ctx: CallContext, responseId: string) {
  const now = ctx.now();
  return ctx.db.writer.transaction(async (tx) => {
    const response = await loadDraft(tx, responseId);
    await settleResponse(tx, response, { status: 'void', completedAt: null, voidCause: 'discarded', at: now.toISOString() });
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'response.discard', entity: 'response', entityId: responseId, reason: null, details: null });
    return { responseId, status: 'void' as const };
  });
}
