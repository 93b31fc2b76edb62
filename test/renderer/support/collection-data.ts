import type { MethodInput } from '@api/index';
import type { SurveyDefinitionInput } from '@model/survey/definition';
import type { ApiClient } from '@renderer/api/client';

type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];

/** A survey published with one question per page and these settings; its version id. */
export async function publishSurvey(api: ApiClient, questions: QuestionInput[], settings: NonNullable<SurveyDefinitionInput['settings']> = {}, title = 'Field survey'): Promise<string> {
  const { id } = await api.call('surveys.create', { title });
  await api.call('surveys.update', { id, definition: { language: 'en', settings, pages: questions.map((q, i) => ({ id: `p${i + 1}`, questions: [q] })) } });
  return (await api.call('surveys.publish', { id, override: { reason: 'test survey' } })).versionId;
}

export const single = (id: string): QuestionInput => ({ id, type: 'single', text: `Question ${id}?`, options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] });

export const matrix = (id: string): QuestionInput => ({
  id,
  type: 'matrix',
  text: `Rate ${id}`,
  rows: ['r1', 'r2', 'r3'].map((r) => ({ id: r, label: `Row ${r}` })),
  options: [{ label: 'Bad' }, { label: 'OK' }, { label: 'Good' }, { label: 'Great' }, { label: 'Best' }],
});

/** A response with these answers (question id → value, a second each), left a draft; its id. */
export async function draft(api: ApiClient, surveyVersionId: string, answers: Record<string, MethodInput<'collect.answer'>['value']>, memberId: number | null = null) {
  const started = await api.call('collect.start', { surveyVersionId, memberId });
  if (started.status !== 'started') throw new Error(`expected a started response, got ${started.status}`);
  for (const [questionId, value] of Object.entries(answers)) await api.call('collect.answer', { responseId: started.responseId, questionId, value, ms: 1000 });
  return started.responseId;
}

/** The same, completed. */
export async function complete(api: ApiClient, surveyVersionId: string, answers: Record<string, MethodInput<'collect.answer'>['value']>, memberId: number | null = null) {
  const responseId = await draft(api, surveyVersionId, answers, memberId);
  await api.call('collect.complete', { responseId });
  return responseId;
}
