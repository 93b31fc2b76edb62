import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSignificantDigits } from '../../model/stats/significant-digits';
import { call } from '../../support/call';
import { readBig5, writeRepairedBig5 } from '../panel/import/support/big5';
import { analysisSession, survey, type QuestionInput } from './analysis-fixture';

const POINTS = ['1', '2', '3', '4', '5'];
const item = (id: string): QuestionInput => ({ id, type: 'likert', text: id, options: POINTS.map((code) => ({ code, label: code })) });

/**
 * Real data: the IPIP Big-Five answers in ../shared/data (read in place). The 50 items are imported
 * as responses (the header repaired as the panel's import tests do; 0 = missed recoded to missing),
 * then O1 is crossed with gender and compared with a count of the file made without the workbench.
 */
describe('analysis.crosstab on the IPIP Big-Five data', () => {
  it('crosses O1 by gender with the counts of the file', { timeout: 240_000 }, async () => {
    const traits = ['E', 'N', 'A', 'C', 'O'].flatMap((t) => Array.from({ length: 10 }, (_, i) => `${t}${i + 1}`));
    const gender: QuestionInput = { id: 'gender', type: 'single', text: 'Gender', options: [{ code: '1', label: 'Male' }, { code: '2', label: 'Female' }, { code: '3', label: 'Other' }] };
    const t = await analysisSession({ ...survey([gender, ...traits.map(item)]), settings: { identification: 'anonymous', limits: { items: 60, minutes: 60 } } });
    const missed = { '0': null };
    const text = fs.readFileSync(writeRepairedBig5(t.dir), 'utf8');
    const imported = await t.importCsv(text, [{ column: 'gender', questionId: 'gender', recode: missed }, ...traits.map((id) => ({ column: id, questionId: id, recode: missed }))]);
    const rows = readBig5();
    expect(imported.added).toBe(rows.length);

    const crosstab = await call(t.dispatch, 'analysis.crosstab', { surveyVersionId: t.versionId, questionId: 'O1', by: { kind: 'question', questionId: 'gender' } });
    if (crosstab.measure !== 'counts') throw new Error('expected counts');
    const direct = POINTS.map((o) => ['1', '2', '3'].map((g) => rows.filter((r) => r.O1 === o && r.gender === g).length));
    expect(crosstab.counts).toEqual(direct);
    expect(crosstab.columns.map((c) => c.base)).toEqual(['1', '2', '3'].map((g) => rows.filter((r) => r.gender === g && r.O1 !== '0').length));
    // Pearson's X² worked out here from the direct counts.
    const n = direct.flat().reduce((a, b) => a + b, 0);
    const rowTotals = direct.map((r) => r.reduce((a, b) => a + b, 0));
    const columnTotals = [0, 1, 2].map((c) => direct.reduce((sum, r) => sum + r[c]!, 0));
    const x2 = direct.reduce((sum, r, i) => sum + r.reduce((s, o, j) => s + (o - (rowTotals[i]! * columnTotals[j]!) / n) ** 2 / ((rowTotals[i]! * columnTotals[j]!) / n), 0), 0);
    expect(crosstab.chiSquare!.df).toBe(8);
    expectSignificantDigits(crosstab.chiSquare!.statistic, x2, 10);
  });
});
