import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../main/api/export';
import type { MethodInput } from '../../../main/api/index';
import { call } from '../../support/call';
import { failure } from '../panel/panel-session';
import { analysisSession, choice, csvOfTable, survey, type QuestionInput } from '../analysis/analysis-fixture';
import { readCsv } from './export-fixture';

type Session = Awaited<ReturnType<typeof analysisSession>>;

/** Runs export.crosstab to its end: the job's result. */
async function exportCrosstab(t: Session, input: MethodInput<'export.crosstab'>): Promise<ExportResult> {
  const { jobId } = await call(t.dispatch, 'export.crosstab', input);
  const job = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
  if (job.state !== 'succeeded') throw new Error(`export ${job.state}: ${job.error?.message}`);
  return job.result as ExportResult;
}

/** A cell of the file written with a decimal comma, read back as a number. */
const num = (text: string) => Number(text.replace(',', '.'));

/** The tea-tasting 2×2 table (Fisher 1935): bases of 4, so no column is tested and expected counts are small. */
async function teaTasting(): Promise<Session> {
  const t = await analysisSession(survey([choice('guess', ['milk', 'tea']), choice('poured', ['milk', 'tea'])]));
  await t.importCsv(csvOfTable(['guess', 'poured'], ['milk', 'tea'], ['milk', 'tea'], [[3, 1], [1, 3]]), [
    { column: 'guess', questionId: 'guess' },
    { column: 'poured', questionId: 'poured' },
  ]);
  return t;
}

const PARTY = ['dem', 'ind', 'rep'];
const GENDER = ['female', 'male'];

describe('export.crosstab', () => {
  it('writes the counts, column %, letters, bases and chi-square of analysis.crosstab, in the language and decimal form asked for', async () => {
    const t = await analysisSession(survey([choice('party', PARTY), choice('gender', GENDER)]));
    await t.importCsv(csvOfTable(['party', 'gender'], PARTY, GENDER, [[762, 484], [327, 239], [468, 477]]), [
      { column: 'party', questionId: 'party' },
      { column: 'gender', questionId: 'gender' },
    ]);
    const request = { surveyVersionId: t.versionId, questionId: 'party', by: { kind: 'question' as const, questionId: 'gender' } };
    const shown = await call(t.dispatch, 'analysis.crosstab', request);
    if (shown.measure !== 'counts') throw new Error('expected counts');
    const target = path.join(t.dir, 'crosstab.csv');
    const result = await exportCrosstab(t, { ...request, language: 'ru', path: target });
    const [header, ...lines] = readCsv(target, ';');
    expect(result).toMatchObject({ path: target, fileName: 'crosstab.csv', rows: lines.length });
    expect(header).toEqual(['Ответ', 'FEMALE (A) n', 'FEMALE (A) %', 'FEMALE (A) знач.', 'MALE (B) n', 'MALE (B) %', 'MALE (B) знач.']);
    const body = lines.slice(0, 3);
    expect(body.map((l) => l[0])).toEqual(shown.rows.map((r) => r.label));
    expect(body.map((l) => [num(l[1]!), num(l[4]!)])).toEqual(shown.counts);
    expect(body.map((l) => [num(l[2]!), num(l[5]!)])).toEqual(shown.columnPercents);
    expect(body.map((l) => [l[3], l[6]])).toEqual(shown.letters);
    expect(shown.letters.flat().join('')).not.toBe('');
    expect(lines[3]!.slice(0, 2)).toEqual(['База', String(shown.columns[0]!.base)]);
    expect(num(lines[3]![4]!)).toBe(shown.columns[1]!.base);
    const tests = lines.filter((l) => l[0] === 'Хи-квадрат').map((l) => [l[1], num(l[2]!)]);
    expect(tests).toEqual([['χ²', shown.chiSquare!.statistic], ['df', shown.chiSquare!.df], ['p', shown.chiSquare!.p]]);
    expect(lines.flat()).toContain('Точный тест Фишера даётся только для таблиц 2 × 2.');
    // Every line as wide as the header.
    expect(new Set(lines.map((l) => l.length))).toEqual(new Set([header!.length]));
  });

  it("writes Fisher's p for a 2×2 table and says which columns were not tested and that expected counts are small", async () => {
    const t = await teaTasting();
    const request = { surveyVersionId: t.versionId, questionId: 'guess', by: { kind: 'question' as const, questionId: 'poured' } };
    const shown = await call(t.dispatch, 'analysis.crosstab', request);
    if (shown.measure !== 'counts') throw new Error('expected counts');
    const target = path.join(t.dir, 'tea.csv');
    await exportCrosstab(t, { ...request, preset: 'machine', path: target });
    const lines = readCsv(target).slice(1);
    expect(lines.find((l) => l[0] === 'Fisher’s exact test (two-sided)')?.slice(1, 3)).toEqual(['p', String(shown.fisher!.p)]);
    expect(lines.map((l) => l[0])).toContain('Not tested (base under 30): MILK (A), TEA (B).');
    expect(lines.some((l) => /^Small expected counts \(smallest 2; 4 of 4 cells under 5\)/.test(l[0]!))).toBe(true);
  });

  it("writes n, mean and sd per column with ANOVA and Welch's t (Student's sleep data), in Chinese", async () => {
    const extra: QuestionInput = { id: 'extra', type: 'number', text: 'Extra sleep (hours)' };
    const t = await analysisSession(survey([extra, choice('drug', ['d1', 'd2'])]));
    const one = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const two = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    await t.importCsv(['extra,drug', ...one.map((x) => `${x},d1`), ...two.map((x) => `${x},d2`)].join('\n'), [
      { column: 'extra', questionId: 'extra' },
      { column: 'drug', questionId: 'drug' },
    ]);
    const request = { surveyVersionId: t.versionId, questionId: 'extra', by: { kind: 'question' as const, questionId: 'drug' } };
    const shown = await call(t.dispatch, 'analysis.crosstab', request);
    if (shown.measure !== 'means') throw new Error('expected means');
    const target = path.join(t.dir, 'sleep.csv');
    await exportCrosstab(t, { ...request, language: 'zh-CN', path: target });
    const [header, ...lines] = readCsv(target);
    expect(header).toEqual(['列', 'n', 'mean', 'sd']);
    expect(lines.slice(0, 2).map((l) => [l[0], ...l.slice(1).map(Number)])).toEqual(shown.columns.map((c, i) => [`${c.label} (${c.letter})`, shown.means[i]!.n, shown.means[i]!.mean, shown.means[i]!.sd]));
    const figures = (test: string) => lines.filter((l) => l[0] === test).map((l) => [l[1], Number(l[2])]);
    expect(figures('单因素方差分析')).toEqual([['F', shown.anova!.f], ['df1', 1], ['df2', 18], ['p', shown.anova!.p]]);
    expect(figures('Welch t 检验')).toEqual([['t', shown.welch!.t], ['df', shown.welch!.df], ['p', shown.welch!.p]]);
  });

  it('previews the table as it will be written, and refuses what analysis.crosstab refuses', async () => {
    const t = await teaTasting();
    const preview = await call(t.dispatch, 'export.preview', { of: 'crosstab', surveyVersionId: t.versionId, questionId: 'guess', by: { kind: 'question', questionId: 'poured' }, language: 'ru' });
    expect(preview.header[1]).toBe('MILK (A) n');
    expect(preview.rows[0]!.slice(0, 3)).toEqual(['MILK', '3', '75']);
    const unknown = { surveyVersionId: t.versionId, questionId: 'nope', by: { kind: 'question' as const, questionId: 'poured' } };
    const refused = await failure(t.dispatch, 'analysis.crosstab', unknown);
    expect(refused.message).toContain('nope');
    expect(await failure(t.dispatch, 'export.crosstab', unknown)).toEqual(refused);
  });
});
