import people from '../../../resources/demo/people.json';
import { surveyDefinition, type SurveyDefinition, type SurveyDefinitionInput } from '@model/survey/definition';
import type { AnswerRow } from '@model/survey/answer-fields';
import type { DemoMember, LifecycleStage } from './demo-members';
import type { Random } from './random';

const likert = [
  { code: '1', label: 'Strongly disagree' },
  { code: '2', label: 'Disagree' },
  { code: '3', label: 'Neutral' },
  { code: '4', label: 'Agree' },
  { code: '5', label: 'Strongly agree' },
];
const other = { code: 'other', label: 'Other' };
/** A one-page English survey, written as a hand-written file would be; the schema fills the defaults. */
const onePage = (questions: SurveyDefinitionInput['pages'][number]['questions']): SurveyDefinition =>
  surveyDefinition.parse({ language: 'en', pages: [{ id: 'p1', questions }] });

export interface DemoSurvey {
  title: string;
  description: string;
  definition: SurveyDefinition;
  /** Who is invited and how likely they answer. */
  responseRate: (m: DemoMember) => number;
  answers: (rng: Random, m: DemoMember) => AnswerRow[];
}

const row = (questionId: string, values: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({
  questionId,
  rowId: null,
  optionCode: null,
  num: null,
  text: null,
  ...values,
});

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));
const stageLift: Record<LifecycleStage, number> = { acquisition: 0, activation: 0.6, retention: 1.3, monetization: 1.8 };
const countryLift: Record<string, number> = { CN: 0.5, BR: 0.4, IN: 0.3, DE: -0.7, RU: -0.4, GB: -0.2 };
const participation: Record<LifecycleStage, number> = { acquisition: 0.3, activation: 0.62, retention: 0.86, monetization: 0.93 };

const featureOptions = [
  { code: 'search', label: 'Search' }, { code: 'dashboards', label: 'Dashboards' }, { code: 'export', label: 'Export' },
  { code: 'mobile', label: 'Mobile app' }, { code: 'integrations', label: 'Integrations' }, { code: 'collab', label: 'Collaboration' }];

const pulse: DemoSurvey = {
  title: 'Product experience pulse',
  description: 'Quarterly check on how members use the product and whether they would recommend it.',
  definition: onePage([
    { id: 'usage', type: 'single', text: 'How often do you use the product?', required: true, options: [
      { code: 'daily', label: 'Daily' }, { code: 'weekly', label: 'Weekly' }, { code: 'monthly', label: 'Monthly' }, { code: 'rarely', label: 'Rarely' }] },
    { id: 'features', type: 'multi', text: 'Which features do you use?', options: [...featureOptions, other] },
    { id: 'satisfaction', type: 'likert', text: 'Overall, I am satisfied with the product.', required: true, options: likert },
    { id: 'aspects', type: 'matrix', text: 'How do you rate these aspects?', options: likert, rows: [
      { id: 'ease', label: 'Ease of use' }, { id: 'speed', label: 'Speed' }, { id: 'reliability', label: 'Reliability' }, { id: 'support', label: 'Support' }] },
    { id: 'nps', type: 'nps', text: 'How likely are you to recommend us to a friend or colleague?', required: true },
    { id: 'improve', type: 'text', text: 'What one thing should we improve?' },
  ]),
  responseRate: (m) => participation[m.stage],
  answers: (rng, m) => {
    const mood = stageLift[m.stage] + (countryLift[m.country] ?? 0) + rng.normal(0, 1);
    const nps = clamp(6.4 + 1.1 * mood, 0, 10);
    const usage = rng.weighted<string>([['daily', 1 + stageLift[m.stage]], ['weekly', 2], ['monthly', 1.5], ['rarely', 1.6 - stageLift[m.stage] * 0.6]]);
    const features = featureOptions
      .filter((o) => rng.chance(o.code === 'mobile' && m.tags.includes('mobile first') ? 0.85 : 0.35))
      .map((o) => row('features', { optionCode: o.code }));
    if (rng.chance(0.05)) features.push(row('features', { optionCode: 'other', text: 'API access' }));
    const aspects = ['ease', 'speed', 'reliability', 'support'].map((r) =>
      row('aspects', { rowId: r, optionCode: String(clamp(3.1 + 0.55 * mood + rng.normal(0, 0.8), 1, 5)) }),
    );
    const comments = (people.improvementComments as Record<string, string[]>)[m.locale] ?? people.improvementComments.en;
    return [
      row('usage', { optionCode: usage }),
      ...features,
      row('satisfaction', { optionCode: String(clamp(3 + 0.6 * mood, 1, 5)) }),
      ...aspects,
      row('nps', { num: nps }),
      ...(rng.chance(0.45) ? [row('improve', { text: rng.pick(comments) })] : []),
    ];
  },
};

const concept: DemoSurvey = {
  title: 'Concept test: shared team spaces',
  description: 'Early reaction to a concept for shared team spaces, before it is built.',
  definition: onePage([
    { id: 'appeal', type: 'likert', text: 'The idea of shared team spaces appeals to me.', required: true, options: likert },
    { id: 'use_case', type: 'single', text: 'What would you use it for first?', options: [
      { code: 'planning', label: 'Planning' }, { code: 'reporting', label: 'Reporting' }, { code: 'feedback', label: 'Collecting feedback' }, other] },
    { id: 'wtp', type: 'number', text: 'What would you pay per month for it (EUR)?', min: 0, max: 500 },
    { id: 'likelihood', type: 'likert', text: 'I would try it in the first month.', options: likert },
  ]),
  // Concept tests go to screened members; the open ones answer more often.
  responseRate: (m) => (m.score?.score == null ? 0 : 0.36 + 0.12 * m.openness),
  answers: (rng, m) => {
    const appeal = clamp(3 + 0.9 * m.openness + rng.normal(0, 0.7), 1, 5);
    const useCase = rng.weighted<string>([['planning', 3], ['reporting', 2], ['feedback', 2.5], ['other', 0.4]]);
    return [
      row('appeal', { optionCode: String(appeal) }),
      row('use_case', useCase === 'other' ? { optionCode: 'other', text: 'Onboarding new staff' } : { optionCode: useCase }),
      row('wtp', { num: Math.round(Math.exp(rng.normal(1.6 + 0.35 * (appeal - 3), 0.6))) }),
      row('likelihood', { optionCode: String(clamp(appeal + rng.normal(0, 0.8), 1, 5)) }),
    ];
  },
};

export const demoSurveys: readonly DemoSurvey[] = [pulse, concept];
