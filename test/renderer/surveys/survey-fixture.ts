import { surveyDefinition, type SurveyDefinition, type SurveyDefinitionInput } from '@model/survey/definition';

type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];

/** A screener, a follow-up shown only to those who never use it, and an NPS: display logic in its simplest form. */
export const usage: QuestionInput = { id: 'usage', type: 'single', text: 'How often do you use it?', options: [{ code: 'daily', label: 'Daily' }, { code: 'never', label: 'Never' }] };
export const why: QuestionInput = { id: 'why', type: 'text', text: 'Why not?', showIf: { field: 'answer:usage', op: 'eq', value: 'never' } };
export const nps: QuestionInput = { id: 'nps', type: 'nps', text: 'Would you recommend it?' };

/** An English survey with these questions on pages p1, p2, …. */
export const surveyOf = (...pages: QuestionInput[][]): SurveyDefinition =>
  surveyDefinition.parse({ language: 'en', pages: pages.map((questions, i) => ({ id: `p${i + 1}`, questions })) });
