import type { MethodOutput } from '@api/index';
import { NO_PURCHASES, rfmRules, rfmRuleText, type RfmGroup, type ScoreRange } from '@model/community/rfm';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { readLifecycleRules } from './community-rules';
import { rulesRfmPeriod } from './derive';
import { RFM_SCORES_SQL, rfmCurrency, rfmParams, type Period } from './rfm-scores';

const DAY = 86_400;
const dayOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** The period asked for (whole days, `to` included), or the rules' period up to now. */
function periodOf(from: string | undefined, to: string | undefined, fallback: Period): Period {
  const start = from ? Date.parse(`${from}T00:00:00Z`) / 1000 : fallback.from;
  const end = to ? Date.parse(`${to}T00:00:00Z`) / 1000 + DAY : fallback.to;
  if (end <= start) throw new AppError('VALIDATION', `The period ends (${to}) before it starts (${from}).`, { key: 'rfm.periodReversed', params: { from: from ?? '', to: to ?? '' } });
  return { from: start, to: end };
}

/** rfm.groups: scores and groups over the period, computed now (members' stored rfm:group uses the rules' period). */
export async function rfmGroupsOver(ctx: Pick<CallContext, 'db' | 'now'>, input: { from?: string; to?: string }) {
  const db = ctx.db.reader;
  const { rules } = await readLifecycleRules(db);
  const period = periodOf(input.from, input.to, rulesRfmPeriod(rules, ctx.now()));
  const currency = await rfmCurrency(db, period, rules.rfm.currency);
  const counts = await db.all<{ grp: RfmGroup; members: number }>(`SELECT grp, count(*) AS members FROM (${RFM_SCORES_SQL}) GROUP BY grp`, rfmParams(period, currency));
  const byGroup = new Map(counts.map((c) => [c.grp, c.members]));
  const scored = counts.reduce((n, c) => n + c.members, 0);
  const { members } = (await db.get<{ members: number }>('SELECT count(*) AS members FROM member WHERE erased_at IS NULL'))!;
  const pair = (r: ScoreRange): [number, number] => [r[0], r[1]];
  const groups: MethodOutput<'rfm.groups'>['groups'] = [
    ...rfmRules.map((rule) => ({ group: rule.group, members: byGroup.get(rule.group) ?? 0, rule: { r: pair(rule.r), f: pair(rule.f), m: rule.m && pair(rule.m) }, ruleText: rfmRuleText(rule) })),
    { group: NO_PURCHASES, members: members - scored, rule: null, ruleText: null },
  ];
  return { period: { from: dayOf(period.from), to: dayOf(period.to - 1) }, currency, scored, noPurchases: members - scored, groups };
}
