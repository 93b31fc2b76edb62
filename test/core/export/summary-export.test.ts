import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../main/api/export';
import type { MethodInput, MethodOutput } from '../../../main/api/index';
import { call } from '../../support/call';
import { failure } from '../panel/panel-session';
import { analysisSession, choice, likert, matrix, number, nps, summaryMapping, survey, text } from '../analysis/analysis-fixture';
import { readCsv } from './export-fixture';

type Session = Awaited<ReturnType<typeof analysisSession>>;
type Summary = MethodOutput<'analysis.summary'>;

/** Every question type answered by five respondents (one answers "Don't know" and skips the rest). */
async function everyType(): Promise<Session> {
  const t = await analysisSession(survey([likert, nps, matrix, number, text, choice('pick', ['a', 'b', 'c'], 'multi')]));
  const csv = [
    'sat,nps,speed,price,age,why,pick',
    '5,10,3,1,20,cheap price,a;b',
    '4,9,3,2,30.5,"cheap, fast",b',
    '4,7,2,2,40,fast delivery,c',
    '2,3,1,3,50,,a;c',
    'dk,dk,,,,,',
  ].join('\n');
  await t.importCsv(csv, summaryMapping('pick'));
  return t;
}

/** Runs export.summary to its end and reads the file back with papaparse: header, then rows. */
async function exportSummary(t: Session, input: MethodInput<'export.summary'>, delimiter = ','): Promise<{ result: ExportResult; header: string[]; lines: string[][] }> {
  const { jobId } = await call(t.dispatch, 'export.summary', input);
  const job = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
  if (job.state !== 'succeeded') throw new Error(`export ${job.state}: ${job.error?.message}`);
  const [header, ...lines] = readCsv(input.path!, delimiter);
  return { result: job.result as ExportResult, header: header!, lines };
}

const EN_HEADER = ['Row', 'Answer or statistic', 'Count', 'Percent', 'Value', 'Answers with it', 'Note'];

/** A number cell as written ('' for none), read back. */
const num = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text.replace(',', '.')));

/** The rows the file must hold for one option/statistics block of a summary (row label '' outside a matrix). */
function scaleLines(row: string, s: Pick<Summary, 'options' | 'base' | 'scores' | 'topTwoBox'>, withRange: boolean) {
  const lines: (string | number | null)[][] = s.options.map((o) => [row, o.label, o.count, o.percent, null, null, o.substantive ? '' : 'not in means']);
  lines.push([row, 'Answered', s.base, null, null, null, '']);
  if (s.scores) {
    const stats: [string, number | null][] = [['Answers counted', s.scores.n], ['Mean', s.scores.mean], ['Median', s.scores.median], ['Standard deviation', s.scores.sd]];
    if (withRange) stats.push(['Lowest', s.scores.min], ['Highest', s.scores.max]);
    lines.push(...stats.map(([name, value]) => [row, name, null, null, value, null, '']));
  }
  if (s.topTwoBox) lines.push([row, 'Top-2-box', s.topTwoBox.count, s.topTwoBox.percent, null, null, '']);
  return lines;
}

/** The file's rows with their number columns read back as numbers. */
const parsed = (lines: string[][]) => lines.map((l) => [l[0], l[1], num(l[2]), num(l[3]), num(l[4]), num(l[5]), l[6]]);

describe('export.summary', () => {
  it("writes each question type's summary with the numbers analysis.summary gives", async () => {
    const t = await everyType();
    const summary = (questionId: string) => call(t.dispatch, 'analysis.summary', { surveyVersionId: t.versionId, questionId });
    const file = (questionId: string) => exportSummary(t, { surveyVersionId: t.versionId, questionId, preset: 'machine', path: path.join(t.dir, `${questionId}.csv`) });
    const responses = (s: Summary) => ['', 'Complete responses', s.responses, null, null, null, ''];

    const written = new Map<string, string[][]>();
    for (const questionId of ['sat', 'pick']) {
      const s = await summary(questionId);
      const { header, lines, result } = await file(questionId);
      expect(header).toEqual(EN_HEADER);
      expect(result.rows).toBe(lines.length);
      expect(parsed(lines)).toEqual([responses(s), ...scaleLines('', s, false)]);
      written.set(questionId, lines);
    }
    const sat = { lines: written.get('sat')! };
    expect(sat.lines.find((l) => l[1] === "Don't know")![6]).toBe('not in means');
    expect(sat.lines.find((l) => l[1] === 'Top-2-box')!.slice(2, 4)).toEqual(['3', '75']);

    const n = await summary('nps');
    const npsLines = [
      ['', 'Net Promoter Score', null, null, n.nps!.score, null, ''],
      ...(['promoters', 'passives', 'detractors'] as const).map((g, i) => ['', ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)'][i], n.nps![g].count, n.nps![g].percent, null, null, '']),
    ];
    expect(parsed((await file('nps')).lines)).toEqual([responses(n), ...scaleLines('', n, false), ...npsLines]);
    expect(n.nps!.score).toBe(25);

    const grid = await summary('grid');
    expect(parsed((await file('grid')).lines)).toEqual([responses(grid), ...grid.matrixRows!.flatMap((r) => scaleLines(r.label, r, false))]);
    expect(grid.matrixRows!.map((r) => r.label)).toEqual(['Speed', 'Price']);

    // A number's frequency table follows its statistics, one line per bin with its share of the answers.
    const age = await summary('age');
    const bins = age.distribution!.bins.map((b) => ['Distribution', String(b.from), b.count, (100 * b.count) / age.base, null, null, '']);
    expect(parsed((await file('age')).lines)).toEqual([responses(age), ...scaleLines('', age, true), ...bins]);
    expect(age.scores!.mean).toBe(35.125);
    expect(age.distribution!.binning).toBe('values');
    expect(bins.reduce((n, b) => n + Number(b[2]), 0)).toBe(age.base);

    const why = await summary('why');
    const words = why.words!.words.map((w) => ['', w.word, w.count, null, null, w.texts, '']);
    expect(parsed((await file('why')).lines)).toEqual([responses(why), ...scaleLines('', why, false), ...words]);
    expect(words.length).toBeGreaterThan(2);
  });

  it('writes the words in the language and decimal form asked for, over the filter asked for, and previews the same rows', async () => {
    const t = await everyType();
    const filter = { excludeFlagged: true, from: '2000-01-01' };
    const s = await call(t.dispatch, 'analysis.summary', { surveyVersionId: t.versionId, questionId: 'age', filter });
    const target = path.join(t.dir, 'age-ru.csv');
    const { header, lines } = await exportSummary(t, { surveyVersionId: t.versionId, questionId: 'age', filter, language: 'ru', path: target }, ';');
    expect(header).toEqual(['Строка', 'Ответ или показатель', 'Число', 'Процент', 'Значение', 'Ответов с ним', 'Примечание']);
    expect(lines.find((l) => l[1] === 'Среднее')![4]).toBe('35,125');
    expect(num(lines.find((l) => l[1] === 'Стандартное отклонение')![4])).toBe(s.scores!.sd);

    const preview = await call(t.dispatch, 'export.preview', { of: 'summary', surveyVersionId: t.versionId, questionId: 'age', filter, language: 'zh-CN' });
    expect(preview.header[1]).toBe('答案或统计量');
    expect(preview.rows.find((r) => r[1] === '均值')![4]).toBe('35.125');
  });

  it('refuses what analysis.summary refuses, with the same error', async () => {
    const t = await everyType();
    const unknown = { surveyVersionId: t.versionId, questionId: 'nope' };
    const refused = await failure(t.dispatch, 'analysis.summary', unknown);
    expect(refused.message).toContain('nope');
    expect(await failure(t.dispatch, 'export.summary', unknown)).toEqual(refused);
  });
});
