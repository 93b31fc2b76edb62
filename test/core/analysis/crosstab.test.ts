import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { failure } from '../panel/panel-session';
import { expectSignificantDigits } from '../../model/stats/significant-digits';
import { analysisSession, choice, csvOfTable, directCount, survey, type QuestionInput } from './analysis-fixture';

const PARTY = ['dem', 'ind', 'rep'];
const GENDER = ['female', 'male'];

describe('analysis.crosstab through the API, on responses imported by CSV', () => {
  /**
   * Party identification by gender (General Social Survey), Agresti, A. (2007), An Introduction to
   * Categorical Data Analysis, 2nd ed., p. 39, as R's chisq.test help page prints it:
   * X-squared = 30.07, df = 2, p-value = 2.954e-07.
   */
  it('counts what the file holds and reproduces the Agresti (2007) chi-square', async () => {
    const t = await analysisSession(survey([choice('party', PARTY), choice('gender', GENDER)]));
    const table = [[762, 484], [327, 239], [468, 477]]; // party rows × gender columns
    const csv = csvOfTable(['party', 'gender'], PARTY, GENDER, table);
    await t.importCsv(csv, [{ column: 'party', questionId: 'party' }, { column: 'gender', questionId: 'gender' }]);
    const result = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'party', by: { kind: 'question', questionId: 'gender' } });
    if (result.measure !== 'counts') throw new Error('expected counts');
    const direct = directCount(csv, 'party', 'gender');
    expect(result.counts).toEqual(PARTY.map((p) => GENDER.map((g) => direct.get(`${p}|${g}`) ?? 0)));
    expect(result.rows.map((r) => r.code)).toEqual(PARTY);
    expect(result.columns.map((c) => [c.key, c.letter, c.base, c.tested])).toEqual([['female', 'A', 1557, true], ['male', 'B', 1200, true]]);
    expectSignificantDigits(result.chiSquare!.statistic, 30.07, 4);
    expect(result.chiSquare!.df).toBe(2);
    expectSignificantDigits(result.chiSquare!.p, 2.954e-7, 4);
    expect(result.chiSquare!.smallExpected.warning).toBe(false);
    expect(result.fisher).toBeUndefined();
    expect(result.fisherSkipped).toBe('notTwoByTwo');
    expectSignificantDigits(result.columnPercents[0]![0]!, (100 * 762) / 1557, 6);
    // Democrats: 48.9 % of women vs 40.3 % of men (z ≈ 4.5): women's cell carries B; Republicans the other way.
    expect(result.letters[0]).toEqual(['B', '']);
    expect(result.letters[2]).toEqual(['', 'A']);
  });

  it("gives Fisher's exact p = 0.4857 for the tea-tasting table (Fisher 1935; Agresti 2007, §2.6), with the small-expected warning", async () => {
    const t = await analysisSession(survey([choice('guess', ['milk', 'tea']), choice('poured', ['milk', 'tea'])]));
    await t.importCsv(csvOfTable(['guess', 'poured'], ['milk', 'tea'], ['milk', 'tea'], [[3, 1], [1, 3]]), [
      { column: 'guess', questionId: 'guess' },
      { column: 'poured', questionId: 'poured' },
    ]);
    const result = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'guess', by: { kind: 'question', questionId: 'poured' } });
    if (result.measure !== 'counts') throw new Error('expected counts');
    expectSignificantDigits(result.fisher!.p, 0.4857, 4);
    expect(result.chiSquare!.smallExpected.warning).toBe(true);
    // Bases of 4: no column-proportion test, and the output says so.
    expect(result.columns.map((c) => c.tested)).toEqual([false, false]);
    expect(result.letters.flat().join('')).toBe('');
  });

  /**
   * Student's sleep data (Cushny & Peebles 1905), R's `t.test(extra ~ group, data = sleep)`:
   * t = −1.8608, df = 17.776, p = 0.07939; with equal variances (= one-way ANOVA, F = t²) df = 18,
   * p = 0.07919.
   */
  it("compares means of a number question with Welch's t and one-way ANOVA (Student's sleep data)", async () => {
    const extra: QuestionInput = { id: 'extra', type: 'number', text: 'Extra sleep (hours)' };
    const t = await analysisSession(survey([extra, choice('drug', ['d1', 'd2'])]));
    const one = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const two = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const csv = ['extra,drug', ...one.map((x) => `${x},d1`), ...two.map((x) => `${x},d2`)].join('\n');
    await t.importCsv(csv, [{ column: 'extra', questionId: 'extra' }, { column: 'drug', questionId: 'drug' }]);
    // measure defaults to means for a number question.
    const result = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'extra', by: { kind: 'question', questionId: 'drug' } });
    if (result.measure !== 'means') throw new Error('expected means');
    expect(result.means.map((m) => [m.column, m.n])).toEqual([['d1', 10], ['d2', 10]]);
    expectSignificantDigits(result.means[0]!.mean!, 0.75, 6);
    expectSignificantDigits(result.means[1]!.mean!, 2.33, 6);
    expectSignificantDigits(result.welch!.t, -1.8608, 5);
    expectSignificantDigits(result.welch!.df, 17.776, 5);
    expectSignificantDigits(result.welch!.p, 0.07939, 4);
    expectSignificantDigits(result.anova!.f, 1.8608 ** 2, 4);
    expect([result.anova!.df1, result.anova!.df2]).toEqual([1, 18]);
    expectSignificantDigits(result.anova!.p, 0.07919, 4);
    // A number question has no categories to count.
    expect(await failure(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'extra', by: { kind: 'question', questionId: 'drug' }, measure: 'counts' })).toMatchObject({
      code: 'VALIDATION',
      key: 'errors.analysisCountsOf',
    });
  });

  it('takes respondents as bases for a multiple choice and gives no chi-square, saying why', async () => {
    const t = await analysisSession(survey([choice('topics', ['news', 'deals', 'tips'], 'multi'), choice('gender', GENDER)]));
    const csv = ['topics,gender', 'news;deals,female', 'news,female', 'tips,female', 'deals;tips,male', 'news;deals;tips,male'].join('\n');
    await t.importCsv(csv, [{ column: 'topics', questionId: 'topics' }, { column: 'gender', questionId: 'gender' }]);
    const result = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'topics', by: { kind: 'question', questionId: 'gender' } });
    if (result.measure !== 'counts') throw new Error('expected counts');
    expect(result.counts).toEqual([[2, 1], [1, 2], [1, 2]]);
    expect(result.columns.map((c) => c.base)).toEqual([3, 2]);
    expect(result.multipleResponse).toBe(true);
    expect(result.chiSquare).toBeNull();
    expect(result.chiSquareSkipped).toBe('multipleResponse');
  });

  it('leaves out drafts and void responses, flagged ones on request, and filters by date and member', async () => {
    const t = await analysisSession(survey([choice('q', ['a', 'b']), choice('g', ['x', 'y'])]));
    const members: { code: string }[] = [];
    for (let i = 0; i < 4; i++) members.push(await call(t.dispatch, 'members.create', { gender: i < 2 ? 'female' : 'male' }));
    const csv = ['member,q,g,done', ...members.map((m, i) => `${m.code},${i % 2 ? 'a' : 'b'},x,2026-03-0${i + 1}`)].join('\n');
    await t.importCsv(csv, [{ column: 'q', questionId: 'q' }, { column: 'g', questionId: 'g' }], { member: { column: 'member', by: 'code' }, completedAt: { column: 'done' } });
    const ask = (filter: object = {}) => call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'question', questionId: 'g' }, filter });
    const total = async (filter: object = {}) => {
      const r = await ask(filter);
      return r.measure === 'counts' ? r.counts.flat().reduce((a, b) => a + b, 0) : -1;
    };
    expect(await total()).toBe(4);
    const { rows } = await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId });
    const byMember = new Map(rows.map((r) => [r.memberCode, r.responseId]));
    await call(t.dispatch, 'responses.void', { responseId: byMember.get(members[0]!.code)!, reason: 'duplicate' });
    // A draft with an answer.
    const draft = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    await call(t.dispatch, 'collect.answer', { responseId: draft.responseId!, questionId: 'q', value: 'a' });
    await call(t.dispatch, 'collect.answer', { responseId: draft.responseId!, questionId: 'g', value: 'x' });
    expect(await total()).toBe(3);
    await t.session.workspace.db.writer.transaction((tx) =>
      tx.run("INSERT INTO response_flag (response_id, kind, raised_at, detail) VALUES (?, 'speeder', '2026-03-05', '{}')", [byMember.get(members[1]!.code)!]),
    );
    expect(await total({ excludeFlagged: true })).toBe(2);
    expect(await total({ from: '2026-03-03' })).toBe(2);
    expect(await total({ from: '2026-03-02', to: '2026-03-03' })).toBe(2);
    expect(await total({ members: { field: 'gender', op: 'eq', value: 'male' } })).toBe(2);
    const women = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    expect(await total({ segmentId: women.id })).toBe(1);
    expect(await failure(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'question', questionId: 'g' }, filter: { segmentId: 99 } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('splits by segments (bases are respondents; overlapping ones get no chi-square) and by a member field', async () => {
    const t = await analysisSession(survey([choice('q', ['a', 'b'])]));
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await call(t.dispatch, 'members.create', { gender: i < 3 ? 'female' : 'male', lifecycleStage: i % 2 ? 'retention' : 'activation' })).code);
    await t.importCsv(['member,q', ...codes.map((c, i) => `${c},${i < 2 ? 'a' : 'b'}`)].join('\n'), [{ column: 'q', questionId: 'q' }], { member: { column: 'member', by: 'code' } });
    const women = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    const men = await call(t.dispatch, 'segments.save', { name: 'Men', filter: { field: 'gender', op: 'eq', value: 'male' } });
    const retained = await call(t.dispatch, 'segments.save', { name: 'Retained', filter: { field: 'lifecycleStage', op: 'eq', value: 'retention' } });
    const apart = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'segments', segmentIds: [women.id, men.id] } });
    if (apart.measure !== 'counts') throw new Error('expected counts');
    expect(apart.counts).toEqual([[2, 0], [1, 3]]);
    expect(apart.columns.map((c) => [c.label, c.base])).toEqual([['Women', 3], ['Men', 3]]);
    expect(apart.overlappingColumns).toBe(false);
    expect(apart.fisher?.p).toBeGreaterThan(0);
    const overlapping = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'segments', segmentIds: [women.id, retained.id] } });
    if (overlapping.measure !== 'counts') throw new Error('expected counts');
    expect(overlapping.counts).toEqual([[2, 1], [1, 2]]);
    expect(overlapping.columns.map((c) => c.base)).toEqual([3, 3]);
    expect([overlapping.overlappingColumns, overlapping.overlappingRespondents, overlapping.chiSquare, overlapping.chiSquareSkipped]).toEqual([true, 1, null, 'overlappingColumns']);
    const byField = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'field', field: 'lifecycleStage' } });
    if (byField.measure !== 'counts') throw new Error('expected counts');
    const columns = byField.columns.map((c) => c.key);
    expect(columns).toEqual(['acquisition', 'activation', 'retention', 'monetization']);
    expect(byField.counts).toEqual([[0, 1, 1, 0], [0, 2, 2, 0]]);
    expect(await failure(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'field', field: 'tag' } })).toMatchObject({ code: 'VALIDATION', key: 'errors.analysisByField' });
  });

  it('follows every change between crosstabs by segments: a member, a segment, a voided response, a new one', async () => {
    const t = await analysisSession(survey([choice('q', ['a', 'b'])]));
    const members: { id: number; code: string }[] = [];
    for (let i = 0; i < 4; i++) members.push(await call(t.dispatch, 'members.create', { gender: i < 2 ? 'female' : 'male' }));
    await t.importCsv(['member,q', ...members.slice(0, 3).map((m, i) => `${m.code},${i === 1 ? 'b' : 'a'}`)].join('\n'), [{ column: 'q', questionId: 'q' }], { member: { column: 'member', by: 'code' } });
    const women = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    const men = await call(t.dispatch, 'segments.save', { name: 'Men', filter: { field: 'gender', op: 'eq', value: 'male' } });
    const counts = async () => {
      const input = { surveyVersionId: t.versionId, questionId: 'q', by: { kind: 'segments' as const, segmentIds: [women.id, men.id] } };
      // Two at once read the same kept table and agree.
      const [r, again] = await Promise.all([call(t.dispatch, 'analysis.crosstab', input), call(t.dispatch, 'analysis.crosstab', input)]);
      if (r.measure !== 'counts' || again.measure !== 'counts') throw new Error('expected counts');
      expect(again.counts).toEqual(r.counts);
      return r.counts;
    };
    expect(await counts()).toEqual([[1, 1], [1, 0]]);
    expect(await counts()).toEqual([[1, 1], [1, 0]]);
    await call(t.dispatch, 'members.update', { memberId: members[0]!.id, patch: { gender: 'male' } });
    expect(await counts()).toEqual([[0, 2], [1, 0]]);
    await call(t.dispatch, 'segments.save', { id: men.id, name: 'Men', filter: { field: 'gender', op: 'eq', value: 'female' } });
    expect(await counts()).toEqual([[0, 0], [1, 1]]);
    const { rows } = await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId });
    await call(t.dispatch, 'responses.void', { responseId: rows.find((r) => r.memberCode === members[1]!.code)!.responseId, reason: 'duplicate' });
    expect(await counts()).toEqual([[0, 0], [0, 0]]);
    await t.importCsv(`member,q\n${members[3]!.code},b`, [{ column: 'q', questionId: 'q' }], { member: { column: 'member', by: 'code' } });
    await call(t.dispatch, 'members.update', { memberId: members[3]!.id, patch: { gender: 'female' } });
    expect(await counts()).toEqual([[0, 0], [1, 1]]);
  });

  it('pools versions unless a comparability break touches the question, and says why', async () => {
    const t = await analysisSession(survey([choice('q', ['a', 'b']), choice('r', ['x', 'y'])]));
    const v1 = t.versionId;
    await t.importCsv('q,r\na,x\nb,y', [{ column: 'q', questionId: 'q' }, { column: 'r', questionId: 'r' }]);
    await call(t.dispatch, 'surveys.update', { id: t.surveyId, definition: survey([choice('q', ['a', 'b']), choice('r', ['x', 'z'])]) });
    const { versionId: v2 } = await call(t.dispatch, 'surveys.publish', { id: t.surveyId });
    await t.importCsv('q,r\na,x\na,z', [{ column: 'q', questionId: 'q' }, { column: 'r', questionId: 'r' }], {}, v2);
    const q = await call(t.dispatch, 'analysis.summary', { surveyVersionId: v2, questionId: 'q', filter: { versions: [v1] } });
    expect(q.versions.pooled.map((v) => v.id)).toEqual([v1, v2]);
    expect(q.options.map((o) => o.count)).toEqual([3, 1]);
    const r = await call(t.dispatch, 'analysis.summary', { surveyVersionId: v2, questionId: 'r', filter: { versions: [v1] } });
    expect(r.versions.pooled.map((v) => v.id)).toEqual([v2]);
    expect(r.versions.apart).toEqual([expect.objectContaining({ id: v1, version: 1, questionId: 'r', kind: 'optionRemoved' })]);
    expect(r.options.map((o) => [o.code, o.count])).toEqual([['x', 1], ['z', 1]]);
  });
});
