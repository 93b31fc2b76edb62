import { OPENNESS_INSTRUMENT_ID, scoreOpenness } from '@model/openness';
import { opennessBand } from '@model/recruitment/bands';
import { insertRows } from '../db/batch-insert';
import { notFound } from '../errors';
import type { CallContext } from '../call-context';
import { readOpennessThresholds } from '../members/openness-thresholds';

export interface ScreenerInput {
  memberId: number;
  /** answers[i] is item i + 1: 1–5, or null when not answered. */
  answers: readonly (number | null)[];
  answeredAt: string | null;
}

/**
 * Replaces a member's screener answers and rescores them in one transaction, so score and
 * answers always agree. The band is the panel's after this score counts.
 */
export async function recordScreener(ctx: CallContext, input: ScreenerInput) {
  const now = ctx.now();
  const at = input.answeredAt ?? now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const member = await tx.get<{ id: number }>('SELECT id FROM member WHERE id = ? AND erased_at IS NULL', [input.memberId]);
    if (!member) throw notFound(`There is no member ${input.memberId} (or they were erased).`, 'errors.memberNotFound', { memberId: input.memberId });
    const { score, answered } = scoreOpenness(input.answers);
    await tx.run('DELETE FROM screener_answer WHERE member_id = ? AND instrument_id = ?', [input.memberId, OPENNESS_INSTRUMENT_ID]);
    await insertRows(
      tx,
      'screener_answer',
      ['member_id', 'instrument_id', 'item', 'value', 'answered_at'],
      input.answers.flatMap((value, i) => (value === null ? [] : [[input.memberId, OPENNESS_INSTRUMENT_ID, i + 1, value, at]])),
    );
    await tx.run(
      `INSERT INTO trait_score (member_id, instrument_id, score, answered, scored_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (member_id, instrument_id) DO UPDATE SET score = excluded.score, answered = excluded.answered, scored_at = excluded.scored_at`,
      [input.memberId, OPENNESS_INSTRUMENT_ID, score, answered, at],
    );
    return { memberId: input.memberId, score, answered, band: opennessBand(score, await readOpennessThresholds(tx)) };
  });
}
