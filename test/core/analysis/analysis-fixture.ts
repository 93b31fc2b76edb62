import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { MethodInput } from '../../../main/api/index';
import type { ResponseImportResult } from '../../../main/api/response-import';
import type { SurveyDefinitionInput } from '../../../main/model/survey/definition';
import { call } from '../../support/call';
import { panelSession } from '../panel/panel-session';

type Mapping = MethodInput<'responses.importCsv'>['mapping'];
export type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];

/** A single-page survey definition of the given questions. */
export const survey = (questions: QuestionInput[], identification: 'anonymous' | 'optional' = 'optional'): SurveyDefinitionInput => ({
  language: 'en',
  settings: { identification },
  pages: [{ id: 'p1', questions }],
});

export const choice = (id: string, codes: string[], type: 'single' | 'multi' = 'single'): QuestionInput => ({ id, type, text: id, options: codes.map((code) => ({ code, label: code.toUpperCase() })) });

/** One question of each scored or open type, as the summary tests answer them. */
export const likert: QuestionInput = {
  id: 'sat',
  type: 'likert',
  text: 'Satisfied?',
  options: [{ label: '1' }, { label: '2' }, { label: '3' }, { label: '4' }, { label: '5' }, { code: 'dk', label: "Don't know", nonSubstantive: true }],
};
export const nps: QuestionInput = { id: 'nps', type: 'nps', text: 'Recommend?', options: [{ code: 'dk', label: "Don't know", nonSubstantive: true }] };
export const matrix: QuestionInput = { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }, { id: 'price', label: 'Price' }], options: [{ label: 'Bad' }, { label: 'OK' }, { label: 'Good' }] };
export const number: QuestionInput = { id: 'age', type: 'number', text: 'Age' };
export const text: QuestionInput = { id: 'why', type: 'text', text: 'Why?' };

/** The mapping of a CSV with the columns sat, nps, speed, price, age, why (and any named in `more`) onto those questions. */
export const summaryMapping = (...more: string[]): Mapping => [
  { column: 'sat', questionId: 'sat' },
  { column: 'nps', questionId: 'nps' },
  { column: 'speed', questionId: 'grid', rowId: 'speed' },
  { column: 'price', questionId: 'grid', rowId: 'price' },
  { column: 'age', questionId: 'age' },
  { column: 'why', questionId: 'why' },
  ...more.map((column) => ({ column, questionId: column })),
];

/** A session with the survey published and a helper that imports CSV text into it (all rows must be valid). */
export async function analysisSession(definition: SurveyDefinitionInput) {
  const t = await panelSession();
  const { id: surveyId } = await call(t.dispatch, 'surveys.create', { title: 'Study' });
  await call(t.dispatch, 'surveys.update', { id: surveyId, definition });
  const { versionId } = await call(t.dispatch, 'surveys.publish', { id: surveyId });
  let files = 0;
  const importCsv = async (csv: string, mapping: Mapping, extra: Partial<MethodInput<'responses.importCsv'>> = {}, surveyVersionId = versionId): Promise<ResponseImportResult> => {
    const file = path.join(t.dir, `responses-${++files}.csv`);
    fs.writeFileSync(file, csv);
    const { jobId } = await call(t.dispatch, 'responses.importCsv', { surveyVersionId, file: { path: file }, mapping, ...extra });
    const job = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
    if (job.state !== 'succeeded') throw new Error(`import ${job.state}: ${job.error?.message}`);
    return job.result as ResponseImportResult;
  };
  return { ...t, surveyId, versionId, importCsv };
}

/** CSV text of a table given as counts: `cells[i][j]` rows with row value rowValues[i] and column value columnValues[j]. */
export function csvOfTable(header: [string, string], rowValues: string[], columnValues: string[], cells: number[][]): string {
  const lines = [header.join(',')];
  rowValues.forEach((r, i) => columnValues.forEach((c, j) => {
    for (let k = 0; k < cells[i]![j]!; k++) lines.push(`${r},${c}`);
  }));
  return lines.join('\n');
}

/** A direct count of a CSV file, read with papaparse as the app reads it: rows by (row column value, column column value). */
export function directCount(csv: string, rowColumn: string, columnColumn: string): Map<string, number> {
  const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const counts = new Map<string, number>();
  for (const row of data) {
    const [r, c] = [row[rowColumn], row[columnColumn]];
    if (!r || !c) continue;
    counts.set(`${r}|${c}`, (counts.get(`${r}|${c}`) ?? 0) + 1);
  }
  return counts;
}
