import type { MethodInput } from '../../../main/api/index';
import type { SurveyDefinitionInput } from '../../../main/model/survey/definition';
import { call } from '../../support/call';
import { surveySession, type QuestionInput } from '../surveys/survey-fixture';

export type Settings = NonNullable<SurveyDefinitionInput['settings']>;
type Session = Awaited<ReturnType<typeof surveySession>>;

/** A survey published with these questions (one page each, unless pages are given) and settings; its version id. */
export async function publishSurvey(t: Session, questions: QuestionInput[], settings: Settings = {}, title = 'Field survey'): Promise<{ surveyId: string; versionId: string }> {
  const { id } = await call(t.dispatch, 'surveys.create', { title });
  await call(t.dispatch, 'surveys.update', { id, definition: { language: 'en', settings, pages: questions.map((q, i) => ({ id: `p${i + 1}`, questions: [q] })) } });
  const { versionId } = await call(t.dispatch, 'surveys.publish', { id, override: { reason: 'test survey' } });
  return { surveyId: id, versionId };
}

/** A session with an empty workspace and a published survey. */
export async function collectionSession(questions: QuestionInput[], settings: Settings = {}) {
  const t = await surveySession();
  return { ...t, ...(await publishSurvey(t, questions, settings)) };
}

export const addMember = async (t: Session, fields: MethodInput<'members.create'> = {}) => (await call(t.dispatch, 'members.create', fields)).id;

/** Starts a response and gives it these answers (question id → value, with 1 s each); its id. */
export async function answered(t: Session, versionId: string, answers: Record<string, unknown>, start: Omit<MethodInput<'collect.start'>, 'surveyVersionId'> = {}, ms = 1000) {
  const started = await call(t.dispatch, 'collect.start', { surveyVersionId: versionId, ...start });
  if (started.status !== 'started') throw new Error(`expected a started response, got ${started.status}`);
  for (const [questionId, value] of Object.entries(answers)) {
    await call(t.dispatch, 'collect.answer', { responseId: started.responseId, questionId, value: value as never, ms });
  }
  return started.responseId;
}

export const single = (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
  ({ id, type: 'single', text: `Question ${id}?`, options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }], ...extra }) as QuestionInput;

export const matrix = (id: string, rows = ['r1', 'r2', 'r3']): QuestionInput => ({
  id,
  type: 'matrix',
  text: `Rate ${id}`,
  rows: rows.map((r) => ({ id: r, label: `Row ${r}` })),
  options: [{ label: 'Bad' }, { label: 'OK' }, { label: 'Good' }, { label: 'Great' }, { label: 'Best' }],
});
