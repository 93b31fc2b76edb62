import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered, collectionSession, matrix, single } from './collection-fixture';

describe('quality flags', () => {
  it('flags speeders (under a third of the median total) once the version has 20 complete responses, including those completed before', async () => {
    const t = await collectionSession([single('q1'), single('q2')], { identification: 'optional' });
    const done = async (ms: number) => {
      const responseId = await answered(t, t.versionId, { q1: 'a', q2: 'b' }, {}, ms);
      return { responseId, completed: await call(t.dispatch, 'collect.complete', { responseId }) };
    };
    const early = await done(1500); // 3 s in total, first of all
    expect(early.completed).toMatchObject({ flags: [] }); // too few responses to judge
    for (let i = 0; i < 18; i++) await done(10_000); // 20 s each
    const last = await done(10_000); // the 20th complete response: the median is now 20 s
    expect(last.completed).toMatchObject({ flags: [] });
    const late = await done(3000); // 6 s < 20 s / 3
    expect(late.completed).toMatchObject({ flags: [{ kind: 'speeder', detail: { totalMs: 6000, medianMs: 20000 } }] });
    expect(await call(t.dispatch, 'responses.get', { responseId: early.responseId })).toMatchObject({ flags: [{ kind: 'speeder', detail: { totalMs: 3000, medianMs: 20000 } }] });

    const speeders = await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, flags: ['speeder'] });
    expect(speeders.rows.map((r) => r.responseId).sort()).toEqual([early.responseId, late.responseId].sort());
    expect(speeders.total).toBe(2);
    expect((await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, flagged: false })).total).toBe(19);
    await t.session.closeWorkspace();
  });

  it('flags straight-lining in a matrix of three or more rows, and a second response from the same member', async () => {
    const t = await collectionSession([matrix('grid'), matrix('pair', ['r1', 'r2'])], { identification: 'optional' });
    const memberId = await addMember(t, { name: 'Ada' });
    const finish = async (answers: Record<string, unknown>, memberId?: number) => {
      const responseId = await answered(t, t.versionId, answers, memberId ? { memberId } : {});
      await call(t.dispatch, 'collect.complete', { responseId });
      return responseId;
    };
    const straight = await finish({ grid: { r1: '3', r2: '3', r3: '3' }, pair: { r1: '2', r2: '4' } }, memberId);
    const varied = await finish({ grid: { r1: '3', r2: '4', r3: '3' }, pair: { r1: '5', r2: '5' } });
    const again = await finish({ grid: { r1: '1', r2: '2', r3: '3' } }, memberId);

    expect((await call(t.dispatch, 'responses.get', { responseId: straight })).flags).toEqual([
      { kind: 'straightLining', raisedAt: expect.any(String), detail: { questionId: 'grid', rows: 3, code: '3' } },
    ]);
    expect((await call(t.dispatch, 'responses.get', { responseId: varied })).flags).toEqual([]);
    expect((await call(t.dispatch, 'responses.get', { responseId: again })).flags).toEqual([
      { kind: 'repeatMember', raisedAt: expect.any(String), detail: { earlierResponseId: straight } },
    ]);

    const list = async (input: Partial<Parameters<typeof call<'responses.list'>>[2]>) =>
      (await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, ...input })).rows.map((r) => r.responseId);
    expect(await list({ flags: ['straightLining', 'repeatMember'] })).toEqual([again, straight]); // newest first
    expect(await list({ flagged: true })).toEqual([again, straight]);
    expect(await list({ flagged: false })).toEqual([varied]);
    expect(await list({ memberId })).toEqual([again, straight]);
    await t.session.closeWorkspace();
  });

  it('pages the list newest first with a cursor and leaves void responses out unless asked for', async () => {
    const t = await collectionSession([single('q1')]);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await answered(t, t.versionId, { q1: 'a' }));
    await call(t.dispatch, 'collect.discard', { responseId: ids[2]! });
    const first = await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, limit: 2 });
    expect(first).toMatchObject({ total: 4, rows: [{ responseId: ids[4], status: 'draft', answered: 1, totalMs: 1000 }, { responseId: ids[3] }] });
    const second = await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, limit: 2, cursor: first.nextCursor });
    expect(second.rows.map((r) => r.responseId)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId, status: ['void'] })).rows.map((r) => r.responseId)).toEqual([ids[2]]);
    expect(await t.dispatch('responses.list', { surveyVersionId: t.versionId, cursor: 'garbage' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'errors.badCursor' } });
    await t.session.closeWorkspace();
  });
});
