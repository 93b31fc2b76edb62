import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMembers, answersFor, sessionWithWorkspace, type FixtureMember } from './panel-fixture';

// The session clock reads 2026-01-15T09:00:00Z; the engagement window is the 180 days before.
const daysAgo = (d: number) => new Date(Date.parse('2026-01-15T09:00:00.000Z') - d * 86_400_000).toISOString();

const panel: FixtureMember[] = [
  { id: 1, country: 'US', answers: answersFor(4.9), responses: [] },
  { id: 2, country: 'US', answers: answersFor(4.7), responses: [daysAgo(10)] },
  { id: 3, country: 'US', answers: answersFor(4.5), responses: [daysAgo(2), daysAgo(30), daysAgo(60)] },
  { id: 4, country: 'US', answers: answersFor(4.4), responses: [daysAgo(5), daysAgo(15)] },
  { id: 5, country: 'CN', answers: answersFor(4.2), responses: [daysAgo(1), daysAgo(20), daysAgo(40), daysAgo(80)] },
  { id: 6, country: 'CN', answers: answersFor(3.1), responses: [daysAgo(3)] },
  { id: 7, country: 'DE', answers: answersFor(3.8), responses: [daysAgo(400)] }, // outside the window
  { id: 8, country: 'DE', answers: answersFor(2.0) },
  { id: 9, country: 'CN', answers: answersFor(5.0), consent: 'withdrawn', responses: [daysAgo(1)] },
  { id: 10, country: 'US', answers: answersFor(5.0), doNotContact: true },
  { id: 11, country: 'CN', answers: answersFor(4.8), consent: 'unknown' },
  { id: 12, country: 'US', answers: answersFor(5.0), erased: true },
  { id: 13, country: 'DE', answers: [5, 5, 5, null, null, null, 5, 5, 5, 5] }, // 7 answered: not scored
  { id: 14, country: 'DE' }, // never screened
];

/** The ranking computed here from the raw data, independently of the service. */
function expectedRanking(weights: { openness: number; frequency: number; recency: number }, perCountry: number, limit: number) {
  const pool = panel.filter((m) => !m.erased && m.answers && m.answers.filter((a) => a !== null).length >= 8);
  const raw = pool.map((m) => {
    const score = Math.round((m.answers!.reduce<number>((s, v, i) => s + ([1, 3, 5].includes(i) ? 6 - v! : v!), 0) / 10) * 10) / 10;
    const days = (m.responses ?? []).map((r) => (Date.parse('2026-01-15T09:00:00.000Z') - Date.parse(r)) / 86_400_000);
    return { m, score, completed: days.filter((d) => d <= 180).length, days: Math.min(180, ...days, 180) };
  });
  const stat = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean, sd: Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1)) };
  };
  const so = stat(raw.map((r) => r.score));
  const sf = stat(raw.map((r) => r.completed));
  const sr = stat(raw.map((r) => r.days));
  const total = weights.openness + weights.frequency + weights.recency;
  const ranked = raw
    .filter((r) => r.m.consent === undefined && !r.m.doNotContact)
    .map((r) => ({
      id: r.m.id,
      country: r.m.country!,
      combined: (weights.openness * (r.score - so.mean)) / so.sd / total + (weights.frequency * (r.completed - sf.mean)) / sf.sd / total - (weights.recency * (r.days - sr.mean)) / sr.sd / total,
    }))
    .sort((a, b) => b.combined - a.combined);
  const perSegment = new Map<string, number>();
  const out: number[] = [];
  for (const r of ranked) {
    if (out.length === limit) break;
    if ((perSegment.get(r.country) ?? 0) >= perCountry) continue;
    perSegment.set(r.country, (perSegment.get(r.country) ?? 0) + 1);
    out.push(r.id);
  }
  return out;
}

describe('recruitment.seedCandidates', () => {
  it('ranks contactable scored members by the weighted combined score, with the components shown', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, panel);
    const r = await call(dispatch, 'recruitment.seedCandidates', { limit: 20 });
    expect(r.weights).toEqual({ openness: 0.6, frequency: 0.25, recency: 0.15 });
    expect(r.windowDays).toBe(180);
    expect(r.candidates.map((c) => c.memberId)).toEqual(expectedRanking({ openness: 0.6, frequency: 0.25, recency: 0.15 }, Infinity, 20));
    // Non-consenting, do-not-contact, erased, unscored and unscreened members never appear.
    expect(r.candidates.map((c) => c.memberId).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.stats).toMatchObject({ pool: 11, notContactable: 3, filteredOut: 0, eligible: 8 });
    const combined = r.candidates.map((c) => c.combined);
    expect(combined).toEqual([...combined].sort((a, b) => b - a));
    const m5 = r.candidates.find((c) => c.memberId === 5)!;
    expect(m5.frequency.completed).toBe(4);
    expect(m5.recency.days).toBeCloseTo(1, 3); // the fixed clock has moved a few seconds on
    expect(m5.openness.score).toBeCloseTo(4.2, 10);
    expect(m5.combined).toBeCloseTo(0.6 * m5.openness.z + 0.25 * m5.frequency.z + 0.15 * m5.recency.z, 12);
    const m7 = r.candidates.find((c) => c.memberId === 7)!;
    expect(m7.frequency.completed).toBe(0);
    expect(m7.recency.days).toBe(180);
    expect(r.candidates.map((c) => c.rank)).toEqual(r.candidates.map((_, i) => i + 1));
  });

  it('follows the weights: openness alone orders by score, engagement can lift active members', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, panel);
    const byOpenness = await call(dispatch, 'recruitment.seedCandidates', { limit: 4, weights: { openness: 1, frequency: 0, recency: 0 } });
    expect(byOpenness.candidates.map((c) => c.memberId)).toEqual([1, 2, 3, 4]);
    const engaged = await call(dispatch, 'recruitment.seedCandidates', { limit: 4, weights: { openness: 0.2, frequency: 0.5, recency: 0.3 } });
    expect(engaged.candidates.map((c) => c.memberId)).toEqual(expectedRanking({ openness: 0.2, frequency: 0.5, recency: 0.3 }, Infinity, 4));
    expect(engaged.candidates[0]!.memberId).toBe(5);
  });

  it('keeps a country quota: nobody over it, the next best taken instead, the binding quota reported', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, panel);
    const r = await call(dispatch, 'recruitment.seedCandidates', { limit: 5, quotas: [{ field: 'country', max: 2 }] });
    const ids = r.candidates.map((c) => c.memberId);
    expect(ids).toEqual(expectedRanking({ openness: 0.6, frequency: 0.25, recency: 0.15 }, 2, 5));
    const perCountry = new Map<string, number>();
    for (const c of r.candidates) perCountry.set(String(c.segments.country), (perCountry.get(String(c.segments.country)) ?? 0) + 1);
    expect(Math.max(...perCountry.values())).toBeLessThanOrEqual(2);
    expect(r.candidates).toHaveLength(5);
    expect(r.quotas).toEqual([{ field: 'country', max: 2, bound: true, skipped: 2, fullSegments: expect.arrayContaining([{ value: 'US', count: 2 }]) }]);
  });

  it('applies a filter and derives age groups and bands for quotas', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, panel.map((m) => ({ ...m, birthYear: m.id % 2 ? 1990 : 2000 })));
    const r = await call(dispatch, 'recruitment.seedCandidates', {
      limit: 10,
      weights: { openness: 1, frequency: 0, recency: 0 },
      filter: { field: 'country', op: 'in', value: ['US', 'CN'] },
      quotas: [{ field: 'ageGroup', max: 2 }],
    });
    expect(r.stats.filteredOut).toBe(2);
    // 2026 − 1990 = 36 → 35–44 (odd ids); 2026 − 2000 = 26 → 25–34 (even ids).
    expect(r.candidates.map((c) => [c.memberId, c.segments.ageGroup])).toEqual([[1, '35–44'], [2, '25–34'], [3, '35–44'], [4, '25–34']]);
    const bad = await dispatch('recruitment.seedCandidates', { quotas: [{ field: 'tag', max: 1 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/quotas\[0\]\.field: "tag" is not a field a quota can split by/) } });
  });
});

describe('recruitment.markSeed', () => {
  it('tags contactable members with "seed user" (created once), skips the others by reason, audits and can be undone', async () => {
    const { dispatch, db, session } = await sessionWithWorkspace();
    session.settings.setUserName('Mia Lead');
    await addMembers(db, panel);
    const first = await call(dispatch, 'recruitment.markSeed', { memberIds: [1, 3, 9, 10, 12, 404], reason: 'Q1 seed panel' });
    expect(first.tag).toMatchObject({ name: 'seed user', created: true });
    expect(first.tagged).toBe(2);
    expect(first.skipped).toEqual(expect.arrayContaining([
      { reason: 'notFound', count: 1 },
      { reason: 'noConsent', count: 1 },
      { reason: 'doNotContact', count: 1 },
      { reason: 'erased', count: 1 },
    ]));
    const tagged = await db.reader.all<{ member_id: number }>('SELECT member_id FROM member_tag WHERE tag_id = ? ORDER BY member_id', [first.tag.id]);
    expect(tagged.map((t) => t.member_id)).toEqual([1, 3]);
    const audit = await db.reader.all<{ actor: string; action: string; entity_id: string; reason: string; details: string }>("SELECT * FROM audit_log WHERE action = 'recruitment.markSeed'");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Mia Lead', entity_id: String(first.tag.id), reason: 'Q1 seed panel' });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ tagged: 2, tagCreated: true });

    const again = await call(dispatch, 'recruitment.markSeed', { memberIds: [1, 3, 5], tagName: 'Seed User' });
    expect(again).toMatchObject({ tag: { id: first.tag.id, created: false }, tagged: 1, alreadyTagged: 2, skipped: [] });

    const undone = await call(dispatch, 'tags.undo', {});
    expect(undone).toMatchObject({ kind: 'tag', tagId: first.tag.id, reverted: 1 });
    const after = await db.reader.all<{ member_id: number }>('SELECT member_id FROM member_tag WHERE tag_id = ? ORDER BY member_id', [first.tag.id]);
    expect(after.map((t) => t.member_id)).toEqual([1, 3]);
  });

  it('names the default tag in the language given: “种子用户” in Chinese, “ранний пользователь” in Russian', async () => {
    for (const [language, name] of [['zh-CN', '种子用户'], ['ru', 'ранний пользователь'], ['en', 'seed user']] as const) {
      const { dispatch, db, session } = await sessionWithWorkspace();
      await addMembers(db, panel);
      const marked = await call(dispatch, 'recruitment.markSeed', { memberIds: [1, 3], language });
      expect(marked).toMatchObject({ tag: { name, created: true }, tagged: 2 });
      expect((await call(dispatch, 'tags.list', {})).tags.map((t) => [t.name, t.members])).toEqual([[name, 2]]);
      await session.closeWorkspace();
    }
  });

  it('keeps marking into the seed tag a workspace already has, whatever language it was named in', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, panel);
    const existing = await call(dispatch, 'tags.create', { name: 'Seed User' });
    await call(dispatch, 'tags.create', { name: 'newsletter' });
    const zh = await call(dispatch, 'recruitment.markSeed', { memberIds: [1], language: 'zh-CN' });
    expect(zh.tag).toEqual({ id: existing.id, name: 'Seed User', created: false });
    const ru = await call(dispatch, 'recruitment.markSeed', { memberIds: [3], language: 'ru' });
    expect(ru.tag).toEqual({ id: existing.id, name: 'Seed User', created: false });
    expect((await call(dispatch, 'tags.list', {})).tags.map((t) => [t.name, t.members])).toEqual([['newsletter', 0], ['Seed User', 2]]);
    // A tag the user names is used as named.
    const named = await call(dispatch, 'recruitment.markSeed', { memberIds: [5], tagName: '种子用户', language: 'ru' });
    expect(named.tag).toMatchObject({ name: '种子用户', created: true });
  });
});
