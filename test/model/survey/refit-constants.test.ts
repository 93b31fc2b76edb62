import { describe, expect, it } from 'vitest';
import { questionEntries } from '../../../main/model/survey/definition';
import { DEFAULT_CONSTANTS, type EstimatorConstants } from '../../../main/model/survey/estimator-constants';
import { estimateLength } from '../../../main/model/survey/estimate-length';
import { refitConstants, type TimingObservation } from '../../../main/model/survey/refit-constants';
import { agreeScale, onePage, single } from './survey-fixtures';

const grid = (id: string, rows: number) => ({ id, type: 'matrix' as const, text: 'How do you rate these aspects of the product?', rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: `Aspect number ${i + 1}` })), options: agreeScale });
const definition = onePage([
  single('s1', 'How often do you use it?', ['daily', 'weekly']),
  single('s2', 'Which plan are you on at the moment?', ['free', 'team', 'business', 'enterprise']),
  single('s3', 'Where did you first hear about us?', ['friend', 'search', 'ad', 'event', 'press', 'other']),
  single('s4', 'Would you buy it again?', ['yes', 'no', 'unsure']),
  grid('m1', 3),
  grid('m2', 6),
  grid('m3', 10),
  { id: 't1', type: 'text', text: 'Anything else?' },
]);

/** Each question's time as respondents who behave like `truth` would take it. */
const observe = (truth: EstimatorConstants): TimingObservation[] => {
  const seconds = new Map(estimateLength(definition, { constants: truth }).perQuestion.map((q) => [q.questionId, q.seconds]));
  return questionEntries(definition).map(({ question }) => ({ question, language: 'en', medianSeconds: seconds.get(question.id)! }));
};
const withAnswering = (changes: Partial<EstimatorConstants['answering']>): EstimatorConstants => ({ ...DEFAULT_CONSTANTS, answering: { ...DEFAULT_CONSTANTS.answering, ...changes } });

describe('refitting the answering constants to observed timings', () => {
  it('recovers the base of single choice and the per-row cost of a matrix from timings they produced', () => {
    const truth = withAnswering({ single: { ...DEFAULT_CONSTANTS.answering.single, baseSeconds: 8 }, matrix: { ...DEFAULT_CONSTANTS.answering.matrix, perRowSeconds: 4 } });
    const { constants, fitted } = refitConstants(observe(truth));
    expect(constants.answering.single.baseSeconds).toBeCloseTo(8, 1);
    expect(constants.answering.matrix.perRowSeconds).toBeCloseTo(4, 1);
    expect(fitted.map(({ type, parameter, questions, clamped }) => [type, parameter, questions, clamped])).toEqual([
      ['single', 'baseSeconds', 4, false],
      ['matrix', 'perRowSeconds', 3, false],
    ]);
    // Text had one observed question: too few, so its default stays; reading rates are never refitted.
    expect(constants.answering.text).toEqual(DEFAULT_CONSTANTS.answering.text);
    expect(constants.reading).toEqual(DEFAULT_CONSTANTS.reading);
  });

  it('takes the median, so one respondent who left the tab open does not move it, and clamps absurd values', () => {
    const observations = observe(withAnswering({ single: { ...DEFAULT_CONSTANTS.answering.single, baseSeconds: 8 } }));
    const stalled = observations.map((o) => (o.question.id === 's3' ? { ...o, medianSeconds: 900 } : o));
    expect(refitConstants(stalled).constants.answering.single.baseSeconds).toBeCloseTo(8, 1);

    const absurd = observations.map((o) => (o.question.type === 'single' ? { ...o, medianSeconds: 5000 } : o));
    const { constants, fitted } = refitConstants(absurd);
    expect(constants.answering.single.baseSeconds).toBe(30);
    expect(fitted.find((f) => f.type === 'single')).toMatchObject({ value: 30, clamped: true });
  });
});
