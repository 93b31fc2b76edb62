import type { CallContext } from '../call-context';
import type { Queryable, Tx } from '../db/writer';
import { AppError } from '../errors';
import { memberNotFound } from '../panel/member-detail';

/**
 * The points ledger (points_entry): a member earns the survey's reward points for each completed
 * response (once per response) and redeems them. The balance is the sum of the entries; a
 * redemption that would take it below zero is refused (LIMIT). Erasing the member deletes the
 * entries with the rest of their personal data.
 */

const balanceOf = async (db: Queryable, memberId: number) =>
  (await db.get<{ balance: number }>('SELECT coalesce(sum(points), 0) AS balance FROM points_entry WHERE member_id = ?', [memberId]))!.balance;

/** Credits a completed response's reward; returns the points credited (0 when the survey gives none). */
export async function creditCompletion(tx: Tx, c: { memberId: number; responseId: string; points: number; at: string }): Promise<number> {
  if (c.points <= 0) return 0;
  await tx.run('INSERT INTO points_entry (member_id, at, points, response_id) VALUES (?, ?, ?, ?)', [c.memberId, c.at, c.points, c.responseId]);
  return c.points;
}

export async function listPoints(ctx: CallContext, memberId: number) {
  const db = ctx.db.reader;
  if (!(await db.get('SELECT 1 FROM member WHERE id = ?', [memberId]))) throw memberNotFound(memberId);
  const rows = await db.all<{ id: number; at: string; points: number; responseId: string | null; surveyId: string | null; surveyTitle: string | null; reason: string | null; actor: string | null }>(
    `SELECT p.id, p.at, p.points, p.response_id AS responseId, s.id AS surveyId, s.title AS surveyTitle, p.reason, p.actor
     FROM points_entry p
     LEFT JOIN response r ON r.id = p.response_id
     LEFT JOIN survey_version v ON v.id = r.survey_version_id
     LEFT JOIN survey s ON s.id = v.survey_id
     WHERE p.member_id = ? ORDER BY p.id DESC`,
    [memberId],
  );
  return {
    memberId,
    balance: rows.reduce((sum, r) => sum + r.points, 0),
    entries: rows.map((r) => ({ ...r, kind: r.points > 0 ? ('earned' as const) : ('redeemed' as const) })),
  };
}

export async function redeemPoints(ctx: CallContext, request: { memberId: number; points: number; reason: string }) {
  const at = ctx.now().toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const member = await tx.get<{ erased: number }>('SELECT erased_at IS NOT NULL AS erased FROM member WHERE id = ?', [request.memberId]);
    if (!member) throw memberNotFound(request.memberId);
    if (member.erased) {
      throw new AppError('CONFLICT', `Member ${request.memberId} was erased on request; their points went with their data.`, {
        key: 'errors.memberErased',
        params: { memberId: request.memberId },
      });
    }
    const balance = await balanceOf(tx, request.memberId);
    if (request.points > balance) {
      throw new AppError('LIMIT', `Member ${request.memberId} has ${balance} points; ${request.points} cannot be redeemed (the balance never goes below zero).`, {
        key: 'errors.pointsInsufficient',
        params: { memberId: request.memberId, balance, points: request.points },
        issues: [{ path: ['points'], message: `at most ${balance}` }],
      });
    }
    const { lastID } = await tx.run('INSERT INTO points_entry (member_id, at, points, reason, actor) VALUES (?, ?, ?, ?, ?)', [
      request.memberId,
      at,
      -request.points,
      request.reason,
      ctx.actor,
    ]);
    return { memberId: request.memberId, entryId: lastID, balance: balance - request.points };
  });
}
