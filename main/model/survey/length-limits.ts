import type { Limits } from './definition';

/**
 * A length estimate against the survey's limits: `ok`, `warning` from 80 % of either limit, `over`
 * past either. For each limit the check carries the value, the limit, the excess and the three
 * questions that cost most by that measure (items for the item limit, seconds for the minutes
 * limit), so the designer and the publish error can say what to shorten. limitMessage turns a
 * check into i18n-ready data plus an English sentence.
 */
export type LimitStatus = 'ok' | 'warning' | 'over';
export type LimitKind = keyof Limits;

/** Share of a limit from which the designer warns. */
const WARNING_SHARE = 0.8;
const COSTLIEST = 3;

export interface CostlyQuestion {
  questionId: string;
  text: string;
  items: number;
  seconds: number;
}

export interface LimitCheck {
  kind: LimitKind;
  /** Items, or minutes. */
  value: number;
  limit: number;
  /** value / limit. */
  share: number;
  /** How far past the limit (0 when within it). */
  excess: number;
  status: LimitStatus;
  costliest: CostlyQuestion[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const statusOf = (value: number, limit: number): LimitStatus => (value > limit ? 'over' : value >= WARNING_SHARE * limit ? 'warning' : 'ok');
const rank: Record<LimitStatus, number> = { ok: 0, warning: 1, over: 2 };

export function checkLimits(totals: Limits, limits: Limits, questions: readonly CostlyQuestion[]): { status: LimitStatus; checks: LimitCheck[] } {
  const byCost: Record<LimitKind, (a: CostlyQuestion, b: CostlyQuestion) => number> = {
    items: (a, b) => b.items - a.items || b.seconds - a.seconds,
    minutes: (a, b) => b.seconds - a.seconds,
  };
  const checks = (['items', 'minutes'] as const).map((kind): LimitCheck => {
    const value = totals[kind];
    const limit = limits[kind];
    return {
      kind,
      value,
      limit,
      share: round(value / limit, 3),
      excess: round(Math.max(0, value - limit), 2),
      status: statusOf(value, limit),
      costliest: questions.filter((q) => q[kind === 'items' ? 'items' : 'seconds'] > 0).sort(byCost[kind]).slice(0, COSTLIEST),
    };
  });
  const status = checks.reduce<LimitStatus>((worst, c) => (rank[c.status] > rank[worst] ? c.status : worst), 'ok');
  return { status, checks };
}

export interface LimitMessage {
  status: Exclude<LimitStatus, 'ok'>;
  /** The checks at that status: which limit, the value, the limit, the excess, the costliest questions. */
  limits: LimitCheck[];
  /** The same in English, for logs and error messages; the renderer translates the data. */
  text: string;
}

const unit = (kind: LimitKind, n: number) => `${round(n, 1)} ${kind === 'items' ? (n === 1 ? 'item' : 'items') : n === 1 ? 'minute' : 'minutes'}`;
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

function sentence(status: LimitMessage['status'], c: LimitCheck): string {
  const costliest = c.costliest.map((q) => `${q.questionId} "${clip(q.text)}" (${c.kind === 'items' ? unit('items', q.items) : `${Math.round(q.seconds)} s`})`).join(', ');
  const head =
    status === 'over'
      ? `Over the limit of ${unit(c.kind, c.limit)} by ${unit(c.kind, c.excess)} (estimated ${unit(c.kind, c.value)}).`
      : `Close to the limit of ${unit(c.kind, c.limit)}: estimated ${unit(c.kind, c.value)} (${Math.round(c.share * 100)} %).`;
  return `${head} Costliest questions: ${costliest}.`;
}

/** What to tell the researcher about an estimate's limits; null when it is within both with room to spare. */
export function limitMessage(estimate: { status: LimitStatus; checks: readonly LimitCheck[] }): LimitMessage | null {
  const { status } = estimate;
  if (status === 'ok') return null;
  const limits = estimate.checks.filter((c) => c.status === status);
  return { status, limits, text: limits.map((c) => sentence(status, c)).join(' ') };
}
