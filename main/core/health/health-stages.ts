import { lifecycleStages, type LifecycleStage } from '@model/members/member-field-table';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';

/** Members (not erased) by lifecycle stage: their own stage where set (an override), else the derived one; null: neither. */
export type StageCount = { stage: LifecycleStage | null; members: number };

/** A segment's members, each joined to its stage. */
const segmentStages = (db: Queryable, segment: CompiledFilter) =>
  db.all<StageCount>(
    `SELECT coalesce(m.lifecycle_stage, c.derived_stage) AS stage, count(*) AS members FROM member m LEFT JOIN member_community c ON c.member_id = m.id
     WHERE m.erased_at IS NULL AND (${segment.sql}) GROUP BY 1`,
    segment.params,
  );

/**
 * The whole panel without joining every member to its stage: the derived stages counted on their
 * index, less those of the members set aside (an override, or erased: few, on the partial index of
 * migration 0018), plus the overrides; the members left have no stage.
 */
async function panelStages(db: Queryable): Promise<StageCount[]> {
  const derived = await db.all<StageCount>('SELECT derived_stage AS stage, count(*) AS members FROM member_community INDEXED BY member_community_stage GROUP BY 1');
  const aside = await db.all<{ own: LifecycleStage | null; erased: number; derived: LifecycleStage | null; hasDerived: number; members: number }>(
    `SELECT m.lifecycle_stage AS own, m.erased_at IS NOT NULL AS erased, c.derived_stage AS derived, c.member_id IS NOT NULL AS hasDerived, count(*) AS members
     FROM member m INDEXED BY member_stage_aside LEFT JOIN member_community c ON c.member_id = m.id
     WHERE coalesce(m.lifecycle_stage, m.erased_at) IS NOT NULL GROUP BY 1, 2, 3, 4`,
  );
  const { members } = (await db.get<{ members: number }>('SELECT count(*) AS members FROM member'))!;
  const count = new Map<LifecycleStage | null, number>(derived.map((d) => [d.stage, d.members]));
  const add = (stage: LifecycleStage | null, n: number) => count.set(stage, (count.get(stage) ?? 0) + n);
  let erased = 0;
  for (const a of aside) {
    if (a.hasDerived) add(a.derived, -a.members);
    if (a.erased) erased += a.members;
    else add(a.own, a.members);
  }
  const staged = lifecycleStages.reduce((n, stage) => n + (count.get(stage) ?? 0), 0);
  return [...lifecycleStages.map((stage) => ({ stage, members: count.get(stage) ?? 0 })), { stage: null, members: members - erased - staged }];
}

/** Members by stage for a segment (SQL over member m), or for the whole panel (null). */
export const stageCounts = (db: Queryable, segment: CompiledFilter | null): Promise<StageCount[]> => (segment ? segmentStages(db, segment) : panelStages(db));
