import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered, collectionSession, single } from './collection-fixture';

const questions = [single('q1'), { id: 'q2', type: 'text' as const, text: 'Your thoughts?' }];

async function completed(t: Awaited<ReturnType<typeof collectionSession>>, memberId?: number) {
  const responseId = await answered(t, t.versionId, { q1: 'a', q2: 'My neighbour Jane Roe said so' }, memberId ? { memberId } : {});
  const done = await call(t.dispatch, 'collect.complete', { responseId });
  if (done.status !== 'complete') throw new Error('not complete');
  return { responseId, hash: done.contentHash };
}

const audit = (t: Awaited<ReturnType<typeof collectionSession>>, action: string) =>
  t.session.workspace.db.reader.all<{ actor: string; at: string; entity_id: string; reason: string; details: string }>(
    'SELECT actor, at, entity_id, reason, details FROM audit_log WHERE action = ? ORDER BY id',
    [action],
  );

describe('data cleaning', () => {
  it('keeps the original answers of a correction in the history and the reason in the audit (never the answers); the hash changes and the replaced hash is recorded', async () => {
    const t = await collectionSession(questions);
    await call(t.dispatch, 'profile.set', { name: 'Analyst Ann' });
    const { responseId, hash } = await completed(t);
    const edited = await call(t.dispatch, 'responses.update', {
      responseId,
      answers: [{ questionId: 'q2', value: 'Cleaned: a friend said so' }],
      reason: 'Removed a third party’s name',
    });
    expect(edited).toMatchObject({ responseId, status: 'complete', changed: true, replacedHash: hash });
    expect(edited.contentHash).not.toBe(hash);

    const response = await call(t.dispatch, 'responses.get', { responseId });
    expect(response).toMatchObject({ contentHash: edited.contentHash, replacedHashes: [hash], status: 'complete' });
    expect(response.answers).toEqual([{ questionId: 'q1', value: 'a' }, { questionId: 'q2', value: 'Cleaned: a friend said so' }]);
    expect(response.history).toEqual([
      {
        at: expect.any(String),
        actor: 'Analyst Ann',
        action: 'update',
        reason: 'Removed a third party’s name',
        replacedHash: hash,
        answers: [{ questionId: 'q1', value: 'a' }, { questionId: 'q2', value: 'My neighbour Jane Roe said so' }],
      },
    ]);
    const [entry, ...more] = await audit(t, 'response.update');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: 'Analyst Ann', entity_id: responseId, reason: 'Removed a third party’s name' });
    expect(JSON.parse(entry!.details)).toEqual({ questionIds: ['q2'], replacedHash: hash, contentHash: edited.contentHash });
    const { n } = (await t.session.workspace.db.reader.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE details LIKE '%Jane%' OR reason LIKE '%Jane%'"))!;
    expect(n).toBe(0);

    // A second correction records the hash the first one made.
    const again = await call(t.dispatch, 'responses.update', { responseId, answers: [{ questionId: 'q1', value: 'b' }], reason: 'Wrong button, says the field note' });
    const twice = await call(t.dispatch, 'responses.get', { responseId });
    expect(twice.replacedHashes).toEqual([hash, edited.contentHash]);
    // Each change with its own why, from its audit entry.
    expect(twice.history.map((h) => [h.action, h.reason, h.replacedHash])).toEqual([
      ['update', 'Removed a third party’s name', hash],
      ['update', 'Wrong button, says the field note', edited.contentHash],
    ]);
    expect(again.replacedHash).toBe(edited.contentHash);
    await t.session.closeWorkspace();
  });

  it('refuses a correction that does not fit and writes nothing; a correction that changes nothing records no edit', async () => {
    const t = await collectionSession(questions);
    const { responseId, hash } = await completed(t);
    const bad = await t.dispatch('responses.update', { responseId, answers: [{ questionId: 'q2', value: 'fine' }, { questionId: 'q1', value: 'zz' }], reason: 'Typo fix' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'errors.answer.notAnOption', issues: [{ path: ['answers', 1, 'value'] }] } });
    const same = await call(t.dispatch, 'responses.update', { responseId, answers: [{ questionId: 'q1', value: 'a' }], reason: 'Checked against the paper form' });
    expect(same).toEqual({ responseId, status: 'complete', changed: false, contentHash: hash, replacedHash: null });
    expect(await call(t.dispatch, 'responses.get', { responseId })).toMatchObject({ contentHash: hash, replacedHashes: [], history: [] });
    expect(await audit(t, 'response.update')).toEqual([]);
    const draft = await answered(t, t.versionId, { q1: 'a' });
    expect(await t.dispatch('responses.update', { responseId: draft, answers: [{ questionId: 'q1', value: 'b' }], reason: 'Not yet' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.responseNotComplete' },
    });
    await t.session.closeWorkspace();
  });

  it('voids a response with the reason: kept, left out of the list by default, hash changed, audited', async () => {
    const t = await collectionSession(questions);
    const { responseId, hash } = await completed(t);
    const voided = await call(t.dispatch, 'responses.void', { responseId, reason: 'Interviewer test run' });
    expect(voided).toMatchObject({ status: 'void', changed: true, replacedHash: hash });
    expect(await call(t.dispatch, 'responses.get', { responseId })).toMatchObject({ status: 'void', voidCause: 'cleaning', replacedHashes: [hash], history: [{ action: 'void', reason: 'Interviewer test run', replacedHash: hash }] });
    expect((await call(t.dispatch, 'responses.list', { surveyVersionId: t.versionId })).total).toBe(0);
    expect(await audit(t, 'response.void')).toMatchObject([{ entity_id: responseId, reason: 'Interviewer test run' }]);
    expect(await t.dispatch('responses.void', { responseId, reason: 'Twice' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.responseVoid' } });
    await t.session.closeWorkspace();
  });

  it("clears the member's response history when the member is erased; the response, its hashes and the audit entries stay", async () => {
    const t = await collectionSession(questions, { identification: 'optional' });
    const memberId = await addMember(t, { name: 'Jane Roe' });
    const mine = await completed(t, memberId);
    const anonymous = await completed(t);
    for (const { responseId } of [mine, anonymous]) {
      await call(t.dispatch, 'responses.update', { responseId, answers: [{ questionId: 'q2', value: 'cleaned' }], reason: 'Removed a name' });
    }
    await call(t.dispatch, 'members.erase', { memberId, reason: 'Asked to be forgotten' });

    const erased = await call(t.dispatch, 'responses.get', { responseId: mine.responseId });
    expect(erased).toMatchObject({ memberId, status: 'complete', replacedHashes: [mine.hash], history: [], answers: [{ questionId: 'q1', value: 'a' }, { questionId: 'q2', value: 'cleaned' }] });
    expect((await call(t.dispatch, 'responses.get', { responseId: anonymous.responseId })).history).toHaveLength(1);
    const { n } = (await t.session.workspace.db.reader.get<{ n: number }>("SELECT count(*) AS n FROM response_history WHERE answers LIKE '%Jane Roe%'"))!;
    expect(n).toBe(1); // only the anonymous response's history keeps its text
    expect(await audit(t, 'response.update')).toHaveLength(2);
    await t.session.closeWorkspace();
  });
});
