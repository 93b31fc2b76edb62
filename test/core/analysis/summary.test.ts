import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { analysisSession, likert, matrix, number, nps, summaryMapping, survey, text } from './analysis-fixture';

describe('analysis.summary', () => {
  it('summarises each question type, leaving non-substantive answers out of means, top-box and NPS', async () => {
    const t = await analysisSession({ ...survey([likert, nps, matrix, number, text]), language: 'zh-CN' });
    const csv = [
      'sat,nps,speed,price,age,why',
      '5,10,3,1,20,价格很便宜',
      '4,9,3,2,30,价格便宜',
      '4,7,2,2,40,速度很快',
      '2,3,1,3,50,',
      'dk,dk,,,,',
    ].join('\n');
    await t.importCsv(csv, summaryMapping());
    const ask = (questionId: string, rowId?: string) => call(t.dispatch, 'analysis.summary', { surveyVersionId: t.versionId, questionId, rowId });

    const sat = await ask('sat');
    expect(sat.responses).toBe(5);
    expect(sat.base).toBe(5);
    expect(sat.options.map((o) => [o.code, o.count, o.substantive])).toEqual([['1', 0, true], ['2', 1, true], ['3', 0, true], ['4', 2, true], ['5', 1, true], ['dk', 1, false]]);
    expect(sat.options.at(-1)!.percent).toBe(20);
    expect(sat.scores).toMatchObject({ n: 4, mean: 3.75, median: 4 });
    expect(sat.topTwoBox).toEqual({ count: 3, percent: 75 });

    const promoters = await ask('nps');
    expect(promoters.nps).toMatchObject({ base: 5, scored: 4, nonSubstantive: 1, promoters: { count: 2 }, passives: { count: 1 }, detractors: { count: 1 }, score: 25 });
    expect(promoters.scores).toMatchObject({ n: 4, mean: 7.25 });

    const grid = await ask('grid');
    expect(grid.matrixRows!.map((r) => [r.rowId, r.base, r.scores!.mean])).toEqual([['speed', 4, 2.25], ['price', 4, 2]]);
    expect((await ask('grid', 'price')).options.map((o) => o.count)).toEqual([1, 2, 1]);

    const age = await ask('age');
    expect(age.scores).toMatchObject({ n: 4, mean: 35, median: 35, min: 20, max: 50 });
    expectClose(age.scores!.sd!, Math.sqrt(500 / 3));
    expect(age.distribution).toEqual({ binning: 'values', width: null, bins: [20, 30, 40, 50].map((v) => ({ from: v, to: v, count: 1 })) });
    expect(sat.distribution).toBeNull();

    const why = await ask('why');
    expect(why.words!.texts).toBe(3);
    expect(why.words!.words.slice(0, 2)).toEqual([{ word: '便宜', count: 2, texts: 2 }, { word: '价格', count: 2, texts: 2 }]);
  });

  it("bins a number question's answers, each bin's count equal to a direct count of the file", async () => {
    const t = await analysisSession(survey([number]));
    // 200 ages from 18 to 81.5, some with a half year, with repeats: more than 25 distinct values.
    const ages = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 18 + ((i * 13) % 64) + 0.5 : 18 + ((i * 13) % 64)));
    const csv = ['age', ...ages.map(String)].join('\n');
    await t.importCsv(csv, [{ column: 'age', questionId: 'age' }]);
    const { data } = Papa.parse<{ age: string }>(csv, { header: true, skipEmptyLines: true });
    const values = data.map((row) => Number(row.age));
    const age = await call(t.dispatch, 'analysis.summary', { surveyVersionId: t.versionId, questionId: 'age' });
    const d = age.distribution!;
    expect(d.binning).toBe('intervals');
    expect(d.width).toBe(5);
    expect(d.bins[0]!.from).toBe(15);
    expect(d.bins.at(-1)!.to).toBe(85);
    for (const bin of d.bins) expect(bin.count).toBe(values.filter((v) => v >= bin.from && v < bin.to).length);
    expect(d.bins.reduce((sum, b) => sum + b.count, 0)).toBe(200);
  });
});

function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.abs(expected));
}
