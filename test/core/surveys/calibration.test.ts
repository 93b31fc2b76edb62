import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addResponses, onePage, singleChoice, surveySession, type FixtureResponse } from './survey-fixture';

/** q2 is shown only to those who answered q1 "yes". */
const definition = onePage([
  singleChoice('q1', 'Do you use the app?'),
  { ...singleChoice('q2', 'Do you use it daily?'), showIf: { field: 'answer:q1', op: 'eq', value: 'yes' } },
  { id: 'q3', type: 'text', text: 'Anything else?' },
]);

/**
 * Five started responses (and a void one, left out):
 *   A complete: q1 yes 4 s, q2 no 6 s, q3 "hi" 10 s     total 20 s
 *   B complete: q1 no 2 s, q3 "ok" 8 s (q2 hidden)        total 10 s
 *   C complete: q1 yes 3 s, q2 yes 5 s, q3 blank 12 s     total 20 s
 *   D in progress: q1 yes 5 s, then left                  (furthest: q1)
 *   E in progress: q1 yes 1 s, q2 no 2 s, then left       (furthest: q2)
 */
const responses = (versionId: string): FixtureResponse[] => [
  { id: 'A', versionId, status: 'complete', answers: [{ questionId: 'q1', optionCode: 'yes' }, { questionId: 'q2', optionCode: 'no' }, { questionId: 'q3', text: 'hi' }], timings: { q1: 4000, q2: 6000, q3: 10000 } },
  { id: 'B', versionId, status: 'complete', answers: [{ questionId: 'q1', optionCode: 'no' }, { questionId: 'q3', text: 'ok' }], timings: { q1: 2000, q3: 8000 } },
  { id: 'C', versionId, status: 'complete', answers: [{ questionId: 'q1', optionCode: 'yes' }, { questionId: 'q2', optionCode: 'yes' }], timings: { q1: 3000, q2: 5000, q3: 12000 } },
  { id: 'D', versionId, status: 'draft', answers: [{ questionId: 'q1', optionCode: 'yes' }], timings: { q1: 5000 } },
  { id: 'E', versionId, status: 'draft', answers: [{ questionId: 'q1', optionCode: 'yes' }, { questionId: 'q2', optionCode: 'no' }], timings: { q1: 1000, q2: 2000 } },
  { id: 'F', versionId, status: 'void', answers: [{ questionId: 'q1', optionCode: 'no' }], timings: { q1: 90000 } },
];

describe('survey calibration', () => {
  it('says the estimate counts logic in full while a version has no responses', async () => {
    const { dispatch, session } = await surveySession();
    const { id, versionId } = await call(dispatch, 'surveys.create', { title: 'Calibrated' });
    await call(dispatch, 'surveys.update', { id, definition });
    const calibration = await call(dispatch, 'surveys.calibration', { id });
    expect(calibration).toMatchObject({ versionId, completeResponses: 0, startedResponses: 0, visibilityObserved: false });
    expect(calibration.estimate.perQuestion.map((q) => q.visibility)).toEqual(['always', 'assumed-all', 'always']);
    expect(calibration.perQuestion[1]).toMatchObject({ observedMedianSeconds: null, visibilityShare: null, notReachedShare: null });
    expect(calibration.total).toMatchObject({ observedMedianSeconds: null, errorShare: null });
    await session.closeWorkspace();
  });

  it('gives observed medians, reach, drop-off and visibility worked out by hand, and the estimate with that visibility', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Calibrated' });
    await call(dispatch, 'surveys.update', { id, definition });
    const { versionId } = await call(dispatch, 'surveys.publish', { id });
    await addResponses(session, responses(versionId));

    const c = await call(dispatch, 'surveys.calibration', { id });
    expect(c).toMatchObject({ versionId, version: 1, completeResponses: 3, startedResponses: 5, visibilityObserved: true });
    const rows = c.perQuestion.map(({ questionId, observedMedianSeconds, timedResponses, started, reached, answered, shown, visibilityShare, notReachedShare, notAnsweredShare, leftAtShare }) => ({
      questionId, observedMedianSeconds, timedResponses, started, reached, answered, shown, visibilityShare, notReachedShare, notAnsweredShare, leftAtShare,
    }));
    expect(rows).toEqual([
      // Medians over complete responses: q1 of 4, 2, 3 s; q2 of 6, 5 s; q3 of 10, 8, 12 s.
      // q1: everyone reached and answered it; D left there (1 of 5).
      { questionId: 'q1', observedMedianSeconds: 3, timedResponses: 3, started: 5, reached: 5, answered: 5, shown: 3, visibilityShare: 1, notReachedShare: 0, notAnsweredShare: 0, leftAtShare: 0.2 },
      // q2: D never got there (1 of 5); B and D did not answer it (2 of 5); shown to A and C of 3 complete; E left there.
      { questionId: 'q2', observedMedianSeconds: 5.5, timedResponses: 2, started: 5, reached: 4, answered: 3, shown: 2, visibilityShare: 0.6667, notReachedShare: 0.2, notAnsweredShare: 0.4, leftAtShare: 0.2 },
      // q3: only the complete ones reached it (D and E did not: 2 of 5); A and B answered it (3 of 5 did not).
      { questionId: 'q3', observedMedianSeconds: 10, timedResponses: 3, started: 5, reached: 3, answered: 2, shown: 3, visibilityShare: 1, notReachedShare: 0.4, notAnsweredShare: 0.6, leftAtShare: 0 },
    ]);

    // The estimate counts q2 at the 2/3 of complete responses that saw it.
    const full = await call(dispatch, 'surveys.estimate', { definition });
    const [s1, s2, s3] = full.perQuestion.map((q) => q.seconds);
    expect(c.estimate.perQuestion.map((q) => q.visibility)).toEqual(['always', 'observed', 'always']);
    expect(c.estimate.perQuestion[1]!.visibilityShare).toBeCloseTo(2 / 3, 6);
    expect(c.total.estimateSeconds).toBeCloseTo(s1! + (s2! * 2) / 3 + s3!, 0);
    expect(c.perQuestion.map((q) => q.estimateSeconds)).toEqual([s1, s2, s3]);
    // Totals of complete responses: 20, 10 and 20 s.
    expect(c.total.observedMedianSeconds).toBe(20);
    expect(c.total.errorShare).toBeCloseTo((c.total.estimateSeconds - 20) / 20, 4);
    await session.closeWorkspace();
  });

  it('refits the constants from observed medians: a dry run changes nothing, applying it is used by every estimate and audited', async () => {
    const { dispatch, session } = await surveySession();
    const three = onePage([singleChoice('a'), singleChoice('b'), singleChoice('c')]);
    const { id } = await call(dispatch, 'surveys.create', { title: 'Timed' });
    await call(dispatch, 'surveys.update', { id, definition: three });
    const { versionId } = await call(dispatch, 'surveys.publish', { id });
    // Five complete responses, each taking 12 s on every question.
    await addResponses(session, ['1', '2', '3', '4', '5'].map((n): FixtureResponse => ({
      id: `r${n}`, versionId, status: 'complete', answers: [], timings: { a: 12000, b: 12000, c: 12000 },
    })));
    const before = await call(dispatch, 'surveys.estimate', { definition: three });

    const dry = await call(dispatch, 'surveys.refitConstants', { apply: false });
    expect(dry).toMatchObject({ applied: false, observations: 3, current: { source: 'default' } });
    expect(dry.fitted).toEqual([expect.objectContaining({ type: 'single', parameter: 'baseSeconds', questions: 3, clamped: false })]);
    // The fitted base is what is left of 12 s once reading and the two options (0.5 s each, unchanged) are taken off.
    const reading = before.perQuestion[0]!.readingSeconds;
    expect(dry.proposed.answering.single.baseSeconds).toBeCloseTo(12 - reading - 2 * 0.5, 1);
    expect(dry.proposed.answering.single.perOptionSeconds).toBe(dry.current.constants.answering.single.perOptionSeconds);
    expect((await call(dispatch, 'surveys.constants', {})).source).toBe('default');

    const applied = await call(dispatch, 'surveys.refitConstants', { apply: true });
    expect(applied.applied).toBe(true);
    const constants = await call(dispatch, 'surveys.constants', {});
    expect(constants).toMatchObject({ source: 'refitted', fitted: dry.fitted });
    const after = await call(dispatch, 'surveys.estimate', { definition: three });
    for (const q of after.perQuestion) expect(q.seconds).toBeCloseTo(12, 0);
    const audit = await session.workspace.db.reader.all<{ action: string }>("SELECT action FROM audit_log WHERE action = 'surveys.refitConstants'");
    expect(audit).toHaveLength(1);
    await session.closeWorkspace();
  });
});
