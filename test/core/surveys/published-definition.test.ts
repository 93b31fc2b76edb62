import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { onePage, singleChoice, surveySession } from './survey-fixture';

describe('surveys.get: the latest published definition', () => {
  it('is null until a version is published, then the published definition while the draft moves on', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Pulse' });
    await call(dispatch, 'surveys.update', { id, definition: onePage([singleChoice('q1', 'Do you use it?')]) });
    expect((await call(dispatch, 'surveys.get', { id })).publishedDefinition).toBeNull();

    await call(dispatch, 'surveys.publish', { id });
    await call(dispatch, 'surveys.update', { id, definition: onePage([singleChoice('q1', 'Do you use it every week?'), singleChoice('q2')]) });
    const detail = await call(dispatch, 'surveys.get', { id });
    // The designer diffs its live draft against this one (comparability flags before publishing).
    expect(detail.definition.pages[0]!.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(detail.publishedDefinition!.pages[0]!.questions.map((q) => [q.id, q.text])).toEqual([['q1', 'Do you use it?']]);
    await session.closeWorkspace();
  });
});
