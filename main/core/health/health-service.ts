import { HEALTH_MEASURES, DEFAULT_RETENTION_DAYS, type HealthMeasure } from '@api/health';
import type { CallContext } from '../call-context';
import type { CompiledFilter } from '../db/filter-sql';
import { addDays, healthPeriod, type ResolvedPeriod } from './health-period';
import { withSideReader } from '../db/side-reader';
import { healthMeasures } from './health-queries';

export interface HealthRequest {
  from?: string;
  to?: string;
  retentionDays?: number;
}

/** The members a dashboard covers: a saved segment's compiled filter (over member m), or the whole panel. */
export interface HealthScope {
  segmentId: number;
  members: CompiledFilter;
}

/** The Monday that starts the week of an ISO day. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Every week that overlaps the period, those nobody joined in as 0, so the chart's gaps show. */
function everyWeek(period: ResolvedPeriod, counted: readonly { week: string; members: number }[]) {
  const weeks = [];
  for (let week = mondayOf(period.from); week <= period.to; week = addDays(week, 7)) {
    weeks.push({ week, members: counted.find((c) => c.week === week)?.members ?? 0 });
  }
  return weeks;
}

/** The last join day of a cohort month inside the period. */
function lastJoinDay(month: string, period: ResolvedPeriod): string {
  const monthEnd = addDays(addDays(`${month}-01`, 31).slice(0, 8) + '01', -1);
  return monthEnd < period.to ? monthEnd : period.to;
}

/** The i18n sentence of each measure, its parameters and the days it covers. */
function explanations(period: ResolvedPeriod, today: string, retentionDays: number, members: number) {
  const days = { from: period.from, to: period.to };
  const params: Partial<Record<HealthMeasure, Record<string, number>>> = { retention: { days: retentionDays }, participation: { members } };
  return Object.fromEntries(
    HEALTH_MEASURES.map((m) => [m, { key: `health.how.${m}`, params: params[m] ?? {}, period: m === 'funnel' ? { from: today, to: today } : days }]),
  ) as Record<HealthMeasure, { key: string; params: Record<string, number>; period: { from: string; to: string } }>;
}

/** analysis.health: the dashboard's figures for a period and the panel or a segment (erased members nowhere). */
export async function communityHealth(ctx: CallContext, request: HealthRequest, scope: HealthScope | null) {
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  const period = healthPeriod(request, now);
  const retentionDays = request.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const measures = await withSideReader(ctx.db.path, (side) => healthMeasures(ctx.db.reader, { from: period.start, to: period.end }, retentionDays, scope?.members ?? null, side));
  return {
    ...measures,
    period: { from: period.from, to: period.to, days: period.days },
    segmentId: scope?.segmentId ?? null,
    retentionDays,
    newMembersPerWeek: everyWeek(period, measures.newMembersPerWeek),
    retention: measures.retention.map((c) => ({ ...c, complete: addDays(lastJoinDay(c.month, period), retentionDays + 1) <= today })),
    how: explanations(period, today, retentionDays, measures.members),
  };
}
