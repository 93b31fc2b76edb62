import path from 'node:path';
import type { SurveyDefinitionInput } from '../../../main/model/survey/definition';
import { call } from '../../support/call';
import { testSession } from '../../support/workspace';

export type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];

/** A session with an empty workspace, as a host would open it. */
export async function surveySession() {
  const t = testSession();
  await call(t.dispatch, 'workspace.create', { path: path.join(t.dir, 'surveys.sqlite'), demo: false });
  return t;
}

export const singleChoice = (id: string, text = `Question ${id}?`): QuestionInput => ({
  id,
  type: 'single',
  text,
  options: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
  ],
});

export const onePage = (questions: QuestionInput[], language: SurveyDefinitionInput['language'] = 'en'): SurveyDefinitionInput => ({
  language,
  pages: [{ id: 'p1', questions }],
});

/** One stored response as collection would write it: answer rows and per-question timings in ms. */
export interface FixtureResponse {
  id: string;
  versionId: string;
  status: 'complete' | 'draft' | 'void';
  answers: { questionId: string; rowId?: string | null; optionCode?: string | null; num?: number | null; text?: string | null }[];
  timings?: Record<string, number>;
}

export async function addResponses(session: ReturnType<typeof testSession>['session'], responses: readonly FixtureResponse[]): Promise<void> {
  await session.workspace.db.writer.transaction(async (tx) => {
    for (const r of responses) {
      await tx.run("INSERT INTO response (id, survey_version_id, status, device_id, started_at) VALUES (?, ?, ?, 'test', '2026-01-10T10:00:00.000Z')", [
        r.id,
        r.versionId,
        r.status,
      ]);
      for (const a of r.answers) {
        await tx.run('INSERT INTO answer (response_id, question_id, row_id, option_code, num, text) VALUES (?, ?, ?, ?, ?, ?)', [
          r.id,
          a.questionId,
          a.rowId ?? null,
          a.optionCode ?? null,
          a.num ?? null,
          a.text ?? null,
        ]);
      }
      for (const [questionId, ms] of Object.entries(r.timings ?? {})) {
        await tx.run('INSERT INTO answer_timing (response_id, question_id, ms) VALUES (?, ?, ?)', [r.id, questionId, ms]);
      }
    }
  });
}
