import { surveyDefinition, type SurveyDefinition, type SurveyDefinitionInput } from '../../../main/model/survey/definition';

type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];
type PageInput = SurveyDefinitionInput['pages'][number];

/** A definition from hand-written pages, defaults applied by the schema as for an imported file. */
export const survey = (pages: PageInput[], language: SurveyDefinitionInput['language'] = 'en'): SurveyDefinition =>
  surveyDefinition.parse({ language, pages });

export const onePage = (questions: QuestionInput[], language: SurveyDefinitionInput['language'] = 'en') => survey([{ id: 'p1', questions }], language);

export const single = (id: string, text = `Question ${id}?`, codes = ['yes', 'no']): Extract<QuestionInput, { type: 'single' }> => ({
  id,
  type: 'single',
  text,
  options: codes.map((code) => ({ code, label: code })),
});

export const agreeScale = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'].map((label) => ({ label }));
