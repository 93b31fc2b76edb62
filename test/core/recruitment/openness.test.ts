import { describe, expect, it } from 'vitest';
import { keyedAnswer, scoreOpenness } from '../../../main/model/openness';
import { cronbachAlpha } from '../../../main/model/recruitment/reliability';
import { readOpennessThresholds } from '../../../main/core/members/openness-thresholds';
import { call } from '../../support/call';
import { big5OpennessAnswers } from '../../model/recruitment/big5-openness';
import { addMembers, answersFor, sessionWithWorkspace, type FixtureMember } from './panel-fixture';

/** Members 1…n with scores 1.0, 1.1, 1.2, … */
const ladder = (n: number, extra: Partial<FixtureMember> = {}): FixtureMember[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, country: i % 2 ? 'CN' : 'US', answers: answersFor(1 + i / 10), ...extra }));

describe('recruitment.openness', () => {
  it('shows no bands below 30 scored members, but the distribution', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(29));
    await addMembers(db, [{ id: 100, answers: [5, 5, 5, 5, 5, 5, 5, null, null, null] }]); // 7 answered: not scored
    const o = await call(dispatch, 'recruitment.openness', {});
    expect(o.thresholds).toBeNull();
    expect(o.bands).toBeNull();
    expect(o.minScoredForBands).toBe(30);
    expect(o.population).toEqual({ members: 30, screened: 30, scored: 29, notScored: 1 });
    expect(o.distribution.bins.reduce((n, b) => n + b.count, 0)).toBe(29);
    expect(await readOpennessThresholds(db.reader)).toBeNull();
  });

  it("bands by the panel's own P25/P75 from 30 scored members, with the method stated", async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, [...ladder(30), { id: 99, answers: answersFor(5), erased: true }]);
    const o = await call(dispatch, 'recruitment.openness', {});
    // Scores 1.0 … 3.9 (the erased member does not count): h = 29·0.25 = 7.25 → 1.725; h = 21.75 → 3.175.
    expect(o.thresholds!.scored).toBe(30);
    expect(o.thresholds!.p25).toBeCloseTo(1.725, 10);
    expect(o.thresholds!.p75).toBeCloseTo(3.175, 10);
    expect(o.thresholds!.method).toMatch(/linear interpolation between closest ranks.*PERCENTILE\.INC.*R type 7/);
    expect(o.methods.scoring).toMatch(/at least 8 of 10/);
    // 1.0–1.7 low (8), 1.8–3.1 mid (14), 3.2–3.9 high (8).
    expect(o.bands).toEqual({ low: 8, mid: 14, high: 8 });
    expect(o.distribution.mean).toBeCloseTo(2.45, 10);
    expect(await readOpennessThresholds(db.reader)).toEqual(o.thresholds);
  });

  it("shows a filter's members against the panel's thresholds", async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(40));
    const panel = await call(dispatch, 'recruitment.openness', {});
    const cn = await call(dispatch, 'recruitment.openness', { filter: { field: 'country', op: 'eq', value: 'CN' } });
    expect(cn.population.members).toBe(20);
    expect(cn.thresholds).toEqual(panel.thresholds);
    expect(cn.distribution.bins.reduce((n, b) => n + b.count, 0)).toBe(20);
    expect(cn.bands!.low + cn.bands!.mid + cn.bands!.high).toBe(20);
    const high = await call(dispatch, 'recruitment.openness', { filter: { field: 'opennessBand', op: 'eq', value: 'high' } });
    expect(high.population.scored).toBe(panel.bands!.high);
    expect(high.bands).toEqual({ low: 0, mid: 0, high: panel.bands!.high });
  });

  it("gives Cronbach's alpha of the real big5-ipip answers as computed from the data directly", async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    const answers = big5OpennessAnswers();
    await addMembers(db, answers.map((a, i) => ({ id: i + 1, answers: a })));
    const o = await call(dispatch, 'recruitment.openness', {});
    const complete = answers.filter((a) => a.every((v) => v >= 1 && v <= 5)).map((a) => a.map((v, i) => keyedAnswer(i + 1, v)));
    const expected = cronbachAlpha(complete)!;
    expect(o.reliability!.n).toBe(19_718);
    expect(o.reliability!.items).toBe(10);
    expect(o.reliability!.alpha).toBeCloseTo(expected.alpha, 10);
    expect(o.reliability!.alpha).toBeCloseTo(0.7939, 4);
    expect(o.population.scored).toBe(answers.filter((a) => scoreOpenness(a).score !== null).length);
    expect(o.population.members).toBe(19_719);
  });
});

describe('recruitment.recordScreener', () => {
  it('stores the answers and scores them by the 8-of-10 rule, replacing earlier answers', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, [{ id: 1 }]);
    const first = await call(dispatch, 'recruitment.recordScreener', { memberId: 1, answers: [5, 1, 5, 1, 5, 1, 5, 5, null, null] });
    // Items 2, 4, 6 reversed: all eight answered items key to 5.
    expect(first).toEqual({ memberId: 1, score: 5, answered: 8, band: null });
    const second = await call(dispatch, 'recruitment.recordScreener', { memberId: 1, answers: [4, 2, null, null, null, 3, 3, 3, 3, 3] });
    expect(second).toMatchObject({ score: null, answered: 7 });
    const stored = await db.reader.all<{ item: number; value: number }>('SELECT item, value FROM screener_answer WHERE member_id = 1 ORDER BY item');
    expect(stored.map((r) => r.item)).toEqual([1, 2, 6, 7, 8, 9, 10]);
    expect(await db.reader.get('SELECT score, answered FROM trait_score WHERE member_id = 1')).toEqual({ score: null, answered: 7 });
  });

  it('refuses answers outside 1–5 and unknown members', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, [{ id: 1 }]);
    const bad = await dispatch('recruitment.recordScreener', { memberId: 1, answers: [0, 1, 2, 3, 4, 5, 1, 2, 3, 4] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await dispatch('recruitment.recordScreener', { memberId: 7, answers: answersFor(3) });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await db.reader.get('SELECT count(*) AS n FROM screener_answer')).toEqual({ n: 0 });
  });
});
