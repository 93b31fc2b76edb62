import type { AnswerValue } from '@model/responses/answer-value';
import type { AnswerRow } from '@model/survey/answer-fields';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { checkedRows, questionOf } from './answer-check';
import { loadVersion } from './collectable-versions';
import { raiseFlags } from './quality-flags';
import { hashResponseContent } from './response-hash';
import { historyAnswers } from './response-list';
import { loadResponse, readAnswerRows, replaceAnswer, settleResponse, type ResponseRow } from './response-store';

/**
 * Data cleaning. A correction or a void keeps the answers as they were in response_history (personal
 * data: erasing the member deletes it, and it never goes into the audit log), writes an audit entry
 * (who, when, why; the question ids and hashes, never answers), and changes the content hash, the
 * hash it replaced appended to the response's replaced_hashes.
 */

async function keepHistory(tx: Tx, ctx: CallContext, response: ResponseRow, action: 'update' | 'void', at: string, answers: readonly AnswerRow[]) {
  await tx.run('INSERT INTO response_history (response_id, member_id, at, actor, action, replaced_hash, answers) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    response.id,
    response.memberId,
    at,
    ctx.actor,
    action,
    response.contentHash,
    historyAnswers(answers),
  ]);
}

const notCorrectable = (response: ResponseRow) =>
  new AppError('CONFLICT', `Response ${response.id} is ${response.status}: only complete responses are corrected.`, {
    key: response.status === 'void' ? 'errors.responseVoid' : 'errors.responseNotComplete',
    params: { responseId: response.id },
  });

/** responses.update: corrects answers of a complete response. A correction that changes nothing writes nothing (changed: false). */
export async function updateResponse(ctx: CallContext, request: { responseId: string; answers: { questionId: string; value: AnswerValue }[]; reason: string }) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const response = await loadResponse(tx, request.responseId);
    if (response.status !== 'complete') throw notCorrectable(response);
    const { definition } = await loadVersion(tx, response.surveyVersionId);
    const seen = new Set<string>();
    const changes = request.answers.map(({ questionId, value }, i) => {
      const question = questionOf(definition, questionId, ['answers', i, 'questionId']);
      if (seen.has(question.id)) {
        throw new AppError('VALIDATION', `${question.id} is corrected twice in one update; give each question once.`, {
          key: 'errors.questionTwice',
          params: { questionId: question.id },
          issues: [{ path: ['answers', i, 'questionId'], message: 'given twice' }],
        });
      }
      seen.add(question.id);
      return { questionId: question.id, rows: checkedRows(question, value, ['answers', i, 'value']) };
    });
    const before = await readAnswerRows(tx, response.id);
    const after = [...before.filter((r) => !seen.has(r.questionId)), ...changes.flatMap((c) => c.rows)];
    const unchanged = hashResponseContent({ ...response, status: 'complete', answers: after }) === response.contentHash;
    if (unchanged) return { responseId: response.id, status: 'complete' as const, changed: false, contentHash: response.contentHash!, replacedHash: null };
    await keepHistory(tx, ctx, response, 'update', at, before);
    for (const c of changes) await replaceAnswer(tx, response.id, c.questionId, c.rows);
    const settled = await settleResponse(tx, response, { status: 'complete', completedAt: response.completedAt, voidCause: null, at });
    await raiseFlags(tx, response, at);
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'response.update',
      entity: 'response',
      entityId: response.id,
      reason: request.reason,
      details: { questionIds: changes.map((c) => c.questionId), replacedHash: settled.replacedHash, contentHash: settled.contentHash },
    });
    return { responseId: response.id, status: 'complete' as const, changed: true, ...settled };
  });
}

/** responses.void: sets a draft or complete response aside (status void, cause cleaning), kept and audited. */
export async function voidResponse(ctx: CallContext, request: { responseId: string; reason: string }) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const response = await loadResponse(tx, request.responseId);
    if (response.status === 'void') {
      throw new AppError('CONFLICT', `Response ${response.id} is already void.`, { key: 'errors.responseVoid', params: { responseId: response.id } });
    }
    await keepHistory(tx, ctx, response, 'void', at, await readAnswerRows(tx, response.id));
    const settled = await settleResponse(tx, response, { status: 'void', completedAt: response.completedAt, voidCause: 'cleaning', at });
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'response.void',
      entity: 'response',
      entityId: response.id,
      reason: request.reason,
      details: { previousStatus: response.status, replacedHash: settled.replacedHash, contentHash: settled.contentHash },
    });
    return { responseId: response.id, status: 'void' as const, changed: true, ...settled };
  });
}
