import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { onePage, singleChoice, surveySession, type QuestionInput } from './survey-fixture';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7}`).join(' ');

/** 24 open questions plus two long information blocks: about 30 minutes, 24 items (under the 25-item limit). */
function thirtyMinuteSurvey(): QuestionInput[] {
  const open = Array.from({ length: 24 }, (_, i): QuestionInput => ({
    id: `q${String(i + 1).padStart(2, '0')}`,
    type: 'longText',
    text: i === 6 ? `Describe in detail how you use the product at work, ${words(40)}` : 'Describe your last visit.',
  }));
  return [
    { id: 'intro', type: 'info', text: words(620) },
    ...open,
    { id: 'outro', type: 'info', text: words(520) },
  ];
}

describe('publishing against the length limits', () => {
  it('refuses a survey estimated at 30 minutes with LIMIT, naming the limit, the excess and the three costliest questions', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Long study' });
    const definition = onePage(thirtyMinuteSurvey());
    await call(dispatch, 'surveys.update', { id, definition });
    const estimate = await call(dispatch, 'surveys.estimate', { definition });
    expect(estimate.minutes).toBeGreaterThan(29);
    expect(estimate.minutes).toBeLessThan(31);
    expect(estimate.items).toBe(24);
    const minutes = estimate.checks.find((c) => c.kind === 'minutes')!;
    expect(minutes.status).toBe('over');
    expect(minutes.costliest.map((q) => q.questionId)).toEqual(['intro', 'outro', 'q07']);

    const refused = await dispatch('surveys.publish', { id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('LIMIT');
    expect(refused.error.key).toBe('errors.surveyOverMinuteLimit');
    const excess = Number((estimate.minutes - 20).toFixed(1));
    expect(refused.error.message).toContain('Over the limit of 20 minutes');
    expect(refused.error.message).toContain(`by ${excess} minutes`);
    for (const q of ['intro', 'outro', 'q07']) expect(refused.error.message).toContain(q);
    expect(refused.error.params).toMatchObject({ minutes: estimate.minutes, minutesLimit: 20, minutesCostliest: 'intro, outro, q07' });
    expect(refused.error.params!.minutesExcess).toBeCloseTo(estimate.minutes - 20, 2);
    // The item limit was not exceeded, so it is not named.
    expect(refused.error.params).not.toHaveProperty('itemsLimit');
    const detail = await call(dispatch, 'surveys.get', { id });
    expect(detail.status).toBe('draft');
    expect(detail.versions.map((v) => v.publishedAt)).toEqual([null]);
    await session.closeWorkspace();
  });

  it('publishes over the limit with an override reason, stored with the version, audited and returned by get and versions', async () => {
    const { dispatch, session } = await surveySession();
    await call(dispatch, 'profile.set', { name: 'Dana Researcher' });
    const { id } = await call(dispatch, 'surveys.create', { title: 'Long study' });
    await call(dispatch, 'surveys.update', { id, definition: onePage(thirtyMinuteSurvey()) });
    const blank = await dispatch('surveys.publish', { id, override: { reason: '   ' } });
    expect(blank.ok || blank.error.code).toBe('VALIDATION');

    const published = await call(dispatch, 'surveys.publish', { id, override: { reason: '  Sponsor accepted a 30-minute interview  ' } });
    expect(published).toMatchObject({ version: 1, overrideReason: 'Sponsor accepted a 30-minute interview', breaks: [] });
    expect(published.estimate.status).toBe('over');

    const detail = await call(dispatch, 'surveys.get', { id });
    expect(detail.status).toBe('published');
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0]).toMatchObject({ id: published.versionId, overrideReason: 'Sponsor accepted a 30-minute interview', publishedBy: 'Dana Researcher' });
    const { versions } = await call(dispatch, 'surveys.versions', { id });
    expect(versions[0]!.overrideReason).toBe('Sponsor accepted a 30-minute interview');

    const audit = await session.workspace.db.reader.all<Record<string, string | null>>('SELECT at, actor, action, entity, entity_id, reason, details FROM audit_log');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'Dana Researcher',
      action: 'surveys.publishOverride',
      entity: 'survey_version',
      entity_id: published.versionId,
      reason: 'Sponsor accepted a 30-minute interview',
    });
    expect(audit[0]!.at).toBe(detail.versions[0]!.publishedAt);
    const details = JSON.parse(audit[0]!.details!) as Record<string, unknown>;
    expect(details).toMatchObject({ surveyId: id, version: 1, status: 'over' });
    expect(details.exceeded).toEqual([expect.objectContaining({ kind: 'minutes', limit: 20 })]);
    await session.closeWorkspace();
  });

  it('accepts and stores an override given within the limits', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Short' });
    await call(dispatch, 'surveys.update', { id, definition: onePage([singleChoice('q1')]) });
    const published = await call(dispatch, 'surveys.publish', { id, override: { reason: 'Published before review' } });
    expect(published.estimate.status).toBe('ok');
    expect(published.overrideReason).toBe('Published before review');
    expect((await call(dispatch, 'surveys.versions', { id })).versions[0]!.overrideReason).toBe('Published before review');
    await session.closeWorkspace();
  });

  it('counts 26 simple single-choice questions over the default 25-item limit, and 25 not', async () => {
    const { dispatch, session } = await surveySession();
    const questions = (n: number) => Array.from({ length: n }, (_, i) => singleChoice(`q${i + 1}`));
    const over = await call(dispatch, 'surveys.estimate', { definition: onePage(questions(26)) });
    expect(over.items).toBe(26);
    expect(over.limits).toEqual({ items: 25, minutes: 20 });
    expect(over.status).toBe('over');
    expect(over.checks.find((c) => c.kind === 'items')).toMatchObject({ status: 'over', excess: 1 });
    const within = await call(dispatch, 'surveys.estimate', { definition: onePage(questions(25)) });
    expect(within.items).toBe(25);
    expect(within.status).not.toBe('over');
    await session.closeWorkspace();
  });

  it('follows the workspace default limits, and a survey\'s own limits over them', async () => {
    const { dispatch, session } = await surveySession();
    const ten = onePage(Array.from({ length: 10 }, (_, i) => singleChoice(`q${i + 1}`)));
    expect((await call(dispatch, 'surveys.defaults', {})).limits).toEqual({ items: 25, minutes: 20 });
    await call(dispatch, 'surveys.setDefaults', { limits: { items: 8, minutes: 20 } });
    expect((await call(dispatch, 'surveys.estimate', { definition: ten })).status).toBe('over');
    const { id } = await call(dispatch, 'surveys.create', { title: 'Own limits', limits: { items: 12 } });
    const saved = await call(dispatch, 'surveys.update', { id, definition: ten, limits: { items: 12 } });
    expect(saved.estimate.limits).toEqual({ items: 12, minutes: 20 });
    expect(saved.estimate.checks.find((c) => c.kind === 'items')!.status).toBe('warning');
    const detail = await call(dispatch, 'surveys.get', { id });
    expect(detail.ownLimits).toEqual({ items: 12, minutes: null });
    expect(detail.limits).toEqual({ items: 12, minutes: 20 });
    await session.closeWorkspace();
  });
});
