import fs from 'node:fs';
import path from 'node:path';
import type { JobState } from '../../../main/api/jobs';
import type { MethodInput } from '../../../main/api/index';
import type { ResponseImportResult } from '../../../main/api/response-import';
import type { SurveyDefinitionInput } from '../../../main/model/survey/definition';
import { call } from '../../support/call';
import { panelSession } from '../panel/panel-session';

export type ImportInput = MethodInput<'responses.importCsv'>;

/**
 * A published questionnaire with every question type: a single choice with "Other", a multiple
 * choice with an exclusive "None" and at most 3 choices, a Likert item (codes 1–5), a two-row matrix,
 * an NPS with "Don't know", a number from 0 to 500 and a text.
 */
export const pulse = (identification: 'anonymous' | 'member' | 'optional' = 'optional'): SurveyDefinitionInput => ({
  language: 'en',
  settings: { identification },
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'channel',
          type: 'single',
          text: 'How did you hear about us?',
          options: [
            { code: 'web', label: 'Website' },
            { code: 'friend', label: 'A friend' },
            { code: 'other', label: 'Other' },
          ],
        },
        {
          id: 'topics',
          type: 'multi',
          text: 'Which topics interest you?',
          maxChoices: 3,
          options: [
            { code: 'news', label: 'News' },
            { code: 'deals', label: 'Deals' },
            { code: 'events', label: 'Events' },
            { code: 'tips', label: 'Tips' },
            { code: 'none', label: 'None of these', exclusive: true },
            { code: 'other', label: 'Other' },
          ],
        },
        { id: 'intro', type: 'info', text: 'A few ratings now.' },
        {
          id: 'satisfaction',
          type: 'likert',
          text: 'How satisfied are you?',
          options: [{ label: 'Very unsatisfied' }, { label: 'Unsatisfied' }, { label: 'Neutral' }, { label: 'Satisfied' }, { label: 'Very satisfied' }],
        },
        {
          id: 'aspects',
          type: 'matrix',
          text: 'Rate these',
          rows: [
            { id: 'speed', label: 'Speed' },
            { id: 'price', label: 'Price' },
          ],
          options: [{ label: 'Very poor' }, { label: 'Poor' }, { label: 'Fair' }, { label: 'Good' }, { label: 'Very good' }],
        },
        { id: 'nps', type: 'nps', text: 'Would you recommend us?', options: [{ code: 'dk', label: "Don't know", nonSubstantive: true }] },
        { id: 'spend', type: 'number', text: 'Monthly spend (EUR)', min: 0, max: 500 },
        { id: 'comment', type: 'text', text: 'Anything else?' },
      ],
    },
  ],
});

export interface StoredAnswer {
  question_id: string;
  row_id: string | null;
  option_code: string | null;
  num: number | null;
  text: string | null;
}

/** A session with an empty workspace, the pulse survey published and helpers to import into it and read what was stored. */
export async function responseImportSession(identification: 'anonymous' | 'member' | 'optional' = 'optional') {
  const t = await panelSession();
  const { id: surveyId } = await call(t.dispatch, 'surveys.create', { title: 'Pulse' });
  await call(t.dispatch, 'surveys.update', { id: surveyId, definition: pulse(identification) });
  const { versionId } = await call(t.dispatch, 'surveys.publish', { id: surveyId });
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(t.dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  /** Starts responses.importCsv into the pulse version and waits for the job. */
  const runImport = async (input: Omit<ImportInput, 'surveyVersionId'>): Promise<JobState> => {
    const { jobId } = await call(t.dispatch, 'responses.importCsv', { surveyVersionId: versionId, ...input });
    return call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 120_000 });
  };
  /** An import that must succeed: its result. */
  const imported = async (input: Omit<ImportInput, 'surveyVersionId'>): Promise<ResponseImportResult> => {
    const job = await runImport(input);
    if (job.state !== 'succeeded') throw new Error(`import ${job.state}: ${job.error?.message}`);
    return job.result as ResponseImportResult;
  };
  const db = () => t.session.workspace.db;
  const responses = () =>
    db().reader.all<{ id: string; survey_version_id: string; member_id: number | null; status: string; device_id: string; started_at: string; completed_at: string | null; content_hash: string }>(
      'SELECT id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash FROM response ORDER BY rowid',
    );
  /** A response's answer rows, in a fixed order. */
  const answers = (responseId: string) =>
    db().reader.all<StoredAnswer>(
      'SELECT question_id, row_id, option_code, num, text FROM answer WHERE response_id = ? ORDER BY question_id, row_id, option_code',
      [responseId],
    );
  const counts = async () => (await db().reader.get<{ responses: number; answers: number }>('SELECT (SELECT count(*) FROM response) AS responses, (SELECT count(*) FROM answer) AS answers'))!;
  return { ...t, surveyId, versionId, file, runImport, imported, db, responses, answers, counts };
}

export type ResponseImportSession = Awaited<ReturnType<typeof responseImportSession>>;

/** Answer rows as the tests write them: [question, row, option, num, text]. */
export const rowsOf = (answers: readonly StoredAnswer[]) => answers.map((a) => [a.question_id, a.row_id, a.option_code, a.num, a.text]);
