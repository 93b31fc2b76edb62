import type { LifecycleRules } from '@model/community/lifecycle-rules';
import type { LifecycleStage } from '@model/members/member-fields';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import type { Queryable } from '../db/writer';
import { readLifecycleRules, writeLifecycleRules } from './community-rules';
import { deriveCommunity } from './derive';

/** Members per derived stage, and the overrides: members whose own stage (set by hand or import) stands in its place. */
async function stageCounts(db: Queryable) {
  const derived = await db.all<{ stage: LifecycleStage | null; members: number }>(
    `SELECT c.derived_stage AS stage, count(*) AS members FROM member m LEFT JOIN member_community c ON c.member_id = m.id
     WHERE m.erased_at IS NULL GROUP BY c.derived_stage ORDER BY c.derived_stage IS NULL, c.derived_stage`,
  );
  const o = (await db.get<{ overrides: number; differing: number }>(
    `SELECT count(*) AS overrides, coalesce(sum(c.derived_stage IS NOT m.lifecycle_stage), 0) AS differing
     FROM member m LEFT JOIN member_community c ON c.member_id = m.id WHERE m.erased_at IS NULL AND m.lifecycle_stage IS NOT NULL`,
  ))!;
  return { derived, overrides: o.overrides, overridesDiffering: o.differing };
}

/** lifecycle.rules: the rules and what they derive now. */
export async function lifecycleRulesView(ctx: Pick<CallContext, 'db'>) {
  const { rules, isDefault } = await readLifecycleRules(ctx.db.reader);
  return { rules, isDefault, counts: await stageCounts(ctx.db.reader) };
}

/** Derives stages and RFM groups again with the saved rules (after an import or its undo), inside the caller's transaction. */
export async function rederive(tx: Parameters<typeof deriveCommunity>[0], now: Date): Promise<void> {
  await deriveCommunity(tx, (await readLifecycleRules(tx)).rules, now);
}

/** lifecycle.saveRules: saves the rules and derives every member again, in one transaction, with an audit entry. */
export async function saveLifecycleRules(ctx: CallContext, rules: LifecycleRules) {
  await ctx.db.writer.transaction(async (tx) => {
    await writeLifecycleRules(tx, rules);
    await deriveCommunity(tx, rules, ctx.now());
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'lifecycle.saveRules', entity: 'workspace', entityId: null, reason: null, details: { rules } });
  });
  return lifecycleRulesView(ctx);
}
