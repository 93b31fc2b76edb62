/** The member-day rollups (member_day, member_day_key, activity_day) worked out again in plain code from the stored events, for tests of their upkeep. */
import type { Queryable } from '../../../main/core/db/writer';

const DAY = 86_400;

export interface StoredEvent {
  member_id: number | null;
  at: number;
  type: string;
  session_minutes: number | null;
}

/** member_day as the dashboard needs it, worked out in plain code from the stored events. */
export function memberDaysOf(events: readonly StoredEvent[]) {
  const days = new Map<string, { day: number; member_id: number; events: number; posts: number; comments: number; likes: number; reports: number; sessions: number; minutes: number }>();
  for (const e of events) {
    if (e.member_id === null) continue;
    const day = Math.floor(e.at / DAY);
    const key = `${e.member_id}/${day}`;
    const d = days.get(key) ?? { day, member_id: e.member_id, events: 0, posts: 0, comments: 0, likes: 0, reports: 0, sessions: 0, minutes: 0 };
    d.events += 1;
    d.posts += e.type === 'post' ? 1 : 0;
    d.comments += e.type === 'comment' ? 1 : 0;
    d.likes += e.type === 'like' ? 1 : 0;
    d.reports += e.type === 'report' ? 1 : 0;
    d.sessions += e.session_minutes === null ? 0 : 1;
    d.minutes += e.session_minutes ?? 0;
    days.set(key, d);
  }
  const sorted = [...days.values()].sort((a, b) => a.member_id - b.member_id || a.day - b.day);
  const last = (member: number, before: number, has: (d: (typeof sorted)[number]) => boolean) =>
    sorted.filter((d) => d.member_id === member && d.day < before && has(d)).at(-1)?.day ?? null;
  return sorted
    .map((d) => ({
      ...d,
      prev_day: last(d.member_id, d.day, () => true),
      prev_report_day: last(d.member_id, d.day, (p) => p.reports > 0),
      prev_content_day: last(d.member_id, d.day, (p) => p.posts + p.comments > 0),
    }))
    .sort((a, b) => a.day - b.day || a.member_id - b.member_id);
}

/** activity_day worked out from the member-days: per day, its active members and their sums (minutes summed in member order, as SQL does). */
export function activityDaysOf(memberDays: ReturnType<typeof memberDaysOf>) {
  const days = new Map<number, { day: number; active: number; posts: number; comments: number; likes: number; sessions: number; minutes: number }>();
  for (const d of memberDays) {
    const t = days.get(d.day) ?? { day: d.day, active: 0, posts: 0, comments: 0, likes: 0, sessions: 0, minutes: 0 };
    t.active += 1;
    t.posts += d.posts;
    t.comments += d.comments;
    t.likes += d.likes;
    t.sessions += d.sessions;
    t.minutes += d.minutes;
    days.set(d.day, t);
  }
  return [...days.values()].sort((a, b) => a.day - b.day);
}

/** member_day_key (migration 0021) as it should be: the member-days' keys, in member order. */
export const keysOf = (days: readonly { member_id: number; day: number }[]) => days.map(({ member_id, day }) => ({ member_id, day })).sort((a, b) => a.member_id - b.member_id || a.day - b.day);
export const KEYS = 'SELECT member_id, day FROM member_day_key ORDER BY member_id, day';

/** The three rollups as stored and as worked out again from the stored events: equal when their upkeep is right. */
export async function rollupsStoredAndRecounted(db: Queryable, events: readonly StoredEvent[]) {
  const days = memberDaysOf(events);
  const stored = { memberDays: await db.all('SELECT * FROM member_day ORDER BY day, member_id'), keys: await db.all(KEYS), activityDays: await db.all('SELECT * FROM activity_day ORDER BY day') };
  return { stored, recounted: { memberDays: days, keys: keysOf(days), activityDays: activityDaysOf(days) } };
}
