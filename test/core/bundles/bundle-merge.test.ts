import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered } from '../collection/collection-fixture';
import { count, device, exportBundle, imported, publishedOn, responseRows, type Device } from './bundle-fixture';

async function completed(t: Device, versionId: string, answers: Record<string, unknown>, memberId?: number) {
  const responseId = await answered(t, versionId, answers, memberId ? { memberId } : {});
  await call(t.dispatch, 'collect.complete', { responseId });
  return responseId;
}

/** A: a published survey, a member, three complete responses (one the member's), one voided, one draft. */
async function deviceA() {
  const a = await device('a');
  const { surveyId, versionId } = await publishedOn(a);
  const memberId = await addMember(a, { name: 'Jane Roe', email: 'jane@example.org' });
  const ids = [
    await completed(a, versionId, { q1: 'a', q2: 'Fine', q3: 3 }, memberId),
    await completed(a, versionId, { q1: 'b', q2: 'Slow', q3: 0.1 }),
    await completed(a, versionId, { q1: 'a', q2: '很好', q3: 7 }),
  ];
  const voided = await completed(a, versionId, { q1: 'b' });
  await call(a.dispatch, 'responses.void', { responseId: voided, reason: 'Test entry' });
  await answered(a, versionId, { q1: 'a' }); // a draft: stays on its device
  return { a, surveyId, versionId, memberId, ids, voided };
}

describe('bundles: export and import', () => {
  it('round trip: B holds exactly the responses the export counted, and a second import adds nothing', async () => {
    const { a } = await deviceA();
    const b = await device('b');
    const bundle = await exportBundle(a);
    expect(bundle).toMatchObject({ responses: 4, versions: 1, members: 1, tombstones: 0 });

    const first = await imported(b, bundle.path);
    expect(first).toMatchObject({ added: 4, updated: 0, skipped: 0, conflicts: 0, rejected: 0 });
    expect(first.versionsAdded).toEqual([{ id: expect.any(String), surveyId: expect.any(String), title: 'Travelling survey', version: 1 }]);
    expect(first.members).toMatchObject({ added: 1 });
    const onA = (await responseRows(a)).filter((r) => r.status !== 'draft');
    expect(await responseRows(b)).toEqual(onA);

    const second = await imported(b, bundle.path);
    expect(second).toMatchObject({ added: 0, updated: 0, skipped: 4, conflicts: 0, rejected: 0 });
    expect(await responseRows(b)).toEqual(onA);
    // The member travelled by uid, with the response linked to it.
    const member = await b.session.workspace.db.reader.get<{ name: string; uid: string }>('SELECT name, uid FROM member');
    expect(member?.name).toBe('Jane Roe');
    expect(onA.filter((r) => r.memberUid === member!.uid)).toHaveLength(1);
  });

  it('conflict: a correction in B meets A’s bundle again: exactly one conflict, B’s answer unchanged; keep mine, and the bundle is then skipped', async () => {
    const { a, ids, surveyId } = await deviceA();
    const b = await device('b');
    const bundle = await exportBundle(a);
    await imported(b, bundle.path);
    await call(b.dispatch, 'responses.update', { responseId: ids[1]!, answers: [{ questionId: 'q2', value: 'Slow on Mondays' }], reason: 'Field note' });
    const corrected = await call(b.dispatch, 'responses.get', { responseId: ids[1]! });

    // A corrected the same response its own way: neither is an edit of the other.
    await call(a.dispatch, 'responses.update', { responseId: ids[1]!, answers: [{ questionId: 'q2', value: 'Very slow' }], reason: 'Typo' });
    const again = await imported(b, (await exportBundle(a)).path);
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 1 });
    expect(await call(b.dispatch, 'responses.get', { responseId: ids[1]! })).toEqual(corrected);

    const { items } = await call(b.dispatch, 'bundles.conflicts', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ responseId: ids[1], localHash: corrected.contentHash });
    expect(items[0]!.mine.answers.find((r) => r.questionId === 'q2')?.text).toBe('Slow on Mondays');
    expect(items[0]!.theirs.answers.find((r) => r.questionId === 'q2')?.text).toBe('Very slow');

    await call(b.dispatch, 'bundles.resolve', { conflictId: items[0]!.id, keep: 'mine' });
    expect((await call(b.dispatch, 'bundles.conflicts', {})).items).toEqual([]);
    expect(await imported(b, (await exportBundle(a, { surveyId })).path)).toMatchObject({ conflicts: 0, added: 0 });
    expect((await call(b.dispatch, 'responses.get', { responseId: ids[1]! })).contentHash).toBe(corrected.contentHash);
  });

  it('keep theirs puts their answers in place (mine in the history); keep both adds theirs as a new response', async () => {
    const { a, ids } = await deviceA();
    const b = await device('b');
    await imported(b, (await exportBundle(a)).path);
    for (const id of [ids[0]!, ids[2]!]) {
      await call(b.dispatch, 'responses.update', { responseId: id, answers: [{ questionId: 'q3', value: 42 }], reason: 'Count on B' });
      await call(a.dispatch, 'responses.update', { responseId: id, answers: [{ questionId: 'q3', value: 99 }], reason: 'Count on A' });
    }
    expect(await imported(b, (await exportBundle(a)).path)).toMatchObject({ conflicts: 2 });
    const { items } = await call(b.dispatch, 'bundles.conflicts', {});
    const theirsFor = items.find((c) => c.responseId === ids[0])!;
    const bothFor = items.find((c) => c.responseId === ids[2])!;
    await call(b.dispatch, 'bundles.resolve', { conflictId: theirsFor.id, keep: 'theirs' });
    const both = await call(b.dispatch, 'bundles.resolve', { conflictId: bothFor.id, keep: 'both' });

    const taken = await call(b.dispatch, 'responses.get', { responseId: ids[0]! });
    expect(taken.contentHash).toBe(theirsFor.theirHash);
    expect(taken.history.at(-1)?.answers.find((x) => x.questionId === 'q3')?.value).toBe(42);
    const copy = await call(b.dispatch, 'responses.get', { responseId: both.copyResponseId! });
    expect(copy.contentHash).toBe(bothFor.theirHash);
    expect((await call(b.dispatch, 'responses.get', { responseId: ids[2]! })).answers.find((x) => x.questionId === 'q3')?.value).toBe(42);

    // What B decided travels back to A as updates and a new response, not as conflicts.
    const back = await imported(a, (await exportBundle(b)).path);
    expect(back).toMatchObject({ conflicts: 0, added: 1, updated: 1 });
  });

  it('update: an edit made in A arrives in B (unchanged there) as an update, not a conflict', async () => {
    const { a, ids } = await deviceA();
    const b = await device('b');
    await imported(b, (await exportBundle(a)).path);
    const edited = await call(a.dispatch, 'responses.update', { responseId: ids[2]!, answers: [{ questionId: 'q1', value: 'b' }], reason: 'Wrong button' });
    const second = await exportBundle(a);
    expect(second.responses).toBe(1); // only what changed since the last export to that folder
    expect(await imported(b, second.path)).toMatchObject({ added: 0, updated: 1, skipped: 0, conflicts: 0, rejected: 0 });
    const onB = await call(b.dispatch, 'responses.get', { responseId: ids[2]! });
    expect(onB.contentHash).toBe(edited.contentHash);
    expect(onB.answers.find((x) => x.questionId === 'q1')?.value).toBe('b');
    // The older bundle is now an ancestor: skipped.
    const voided = await call(a.dispatch, 'responses.void', { responseId: ids[2]!, reason: 'Duplicate respondent' });
    expect(await imported(b, (await exportBundle(a)).path)).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await call(b.dispatch, 'responses.get', { responseId: ids[2]! })).status).toBe('void');
    expect((await call(b.dispatch, 'responses.get', { responseId: ids[2]! })).contentHash).toBe(voided.contentHash);
  });

  it('a response whose member is not here yet keeps the uid and is linked when the member arrives', async () => {
    const { a, versionId, memberId } = await deviceA();
    const first = await exportBundle(a);
    const late = await completed(a, versionId, { q1: 'a' }, memberId);
    const second = await exportBundle(a);
    expect(second).toMatchObject({ responses: 1, members: 0 });
    // E sees the late response first (its bundle carries the version it needs), then the member.
    const e = await device('e');
    expect(await imported(e, second.path)).toMatchObject({ added: 1 });
    const pending = await e.session.workspace.db.reader.get<{ member_id: number | null; member_uid: string | null }>('SELECT member_id, member_uid FROM response WHERE id = ?', [late]);
    expect(pending).toMatchObject({ member_id: null, member_uid: expect.any(String) });
    const result = await imported(e, first.path);
    expect(result.members).toMatchObject({ added: 1, linked: 1 });
    const linked = await e.session.workspace.db.reader.get<{ name: string }>('SELECT m.name FROM response r JOIN member m ON m.id = r.member_id WHERE r.id = ?', [late]);
    expect(linked?.name).toBe('Jane Roe');
    expect(await count(e, 'SELECT count(*) AS n FROM response WHERE member_uid IS NOT NULL')).toBe(0);
  });
});
