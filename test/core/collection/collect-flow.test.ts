import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalResponse } from '../../../main/model/responses/canonical-form';
import { call } from '../../support/call';
import { addMember, answered, collectionSession, publishSurvey, single } from './collection-fixture';

describe('collecting a response', () => {
  it('answers collect.answer only after a commit under synchronous=FULL: the pragma is in force on the writer, and a fresh connection sees the answer', async () => {
    const t = await collectionSession([single('q1'), single('q2')]);
    const responseId = await answered(t, t.versionId, { q1: 'a' });
    const synchronous = await t.session.workspace.db.writer.outside((conn) => conn.get<{ synchronous: number }>('PRAGMA synchronous'));
    expect(synchronous).toEqual({ synchronous: 2 }); // 2 = FULL
    // The reader is another connection: it sees only committed data.
    const rows = await t.session.workspace.db.reader.all('SELECT option_code FROM answer WHERE response_id = ?', [responseId]);
    expect(rows).toEqual([{ option_code: 'a' }]);
    await t.session.closeWorkspace();
  });

  it("records this workspace's device id unless the caller names one, and start and per-question times", async () => {
    const t = await collectionSession([single('q1')]);
    const { value: deviceId } = (await t.session.workspace.db.reader.get<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'device_id'"))!;
    expect(deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const here = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    const there = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId, deviceId: 'tablet-7' });
    expect(here).toMatchObject({ status: 'started', deviceId, memberId: null });
    expect(there).toMatchObject({ status: 'started', deviceId: 'tablet-7' });
    if (here.status !== 'started') return;
    await call(t.dispatch, 'collect.answer', { responseId: here.responseId, questionId: 'q1', value: 'a', ms: 1200 });
    await call(t.dispatch, 'collect.answer', { responseId: here.responseId, questionId: 'q1', value: 'b', ms: 800 });
    const response = await call(t.dispatch, 'responses.get', { responseId: here.responseId });
    expect(response).toMatchObject({ deviceId, startedAt: here.startedAt, timings: [{ questionId: 'q1', ms: 2000 }], totalMs: 2000 });
    await t.session.closeWorkspace();
  });

  it("follows the survey's identification: member required, anonymous refuses one, optional takes either; a member by code", async () => {
    const t = await collectionSession([single('q1')], { identification: 'member' });
    const memberId = await addMember(t, { name: 'Ada' });
    const { code } = await call(t.dispatch, 'members.get', { memberId });

    const none = await t.dispatch('collect.start', { surveyVersionId: t.versionId });
    expect(none).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'errors.respondentRequired', issues: [{ path: ['memberId'] }] } });
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId, memberCode: code.toLowerCase() })).toMatchObject({ status: 'started', memberId });
    expect(await t.dispatch('collect.start', { surveyVersionId: t.versionId, memberCode: 'M-NOSUCH' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.memberCodeUnknown' } });

    const anonymous = await publishSurvey(t, [single('q1')], { identification: 'anonymous' }, 'Anonymous');
    expect(await t.dispatch('collect.start', { surveyVersionId: anonymous.versionId, memberId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'errors.respondentAnonymous' },
    });
    const optional = await publishSurvey(t, [single('q1')], { identification: 'optional' }, 'Optional');
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: optional.versionId })).toMatchObject({ status: 'started', memberId: null });
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: optional.versionId, memberId })).toMatchObject({ status: 'started', memberId });
    // Nothing was started by the refused calls.
    const { n } = (await t.session.workspace.db.reader.get<{ n: number }>('SELECT count(*) AS n FROM response'))!;
    expect(n).toBe(3);
    await t.session.closeWorkspace();
  });

  it('refuses to collect on a draft version, and answers to a response that is no longer a draft', async () => {
    const t = await collectionSession([single('q1')]);
    const { id } = await call(t.dispatch, 'surveys.create', { title: 'Unpublished' });
    const draftVersion = (await call(t.dispatch, 'surveys.get', { id })).draft!.versionId;
    expect(await t.dispatch('collect.start', { surveyVersionId: draftVersion })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.versionNotPublished' } });
    const responseId = await answered(t, t.versionId, { q1: 'a' });
    await call(t.dispatch, 'collect.complete', { responseId });
    expect(await t.dispatch('collect.answer', { responseId, questionId: 'q1', value: 'b' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.responseAlreadyComplete' } });
    expect(await t.dispatch('collect.answer', { responseId: 'nope', questionId: 'q1', value: 'b' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.responseMissing' } });
    await t.session.closeWorkspace();
  });

  it('completes only when the required questions display logic shows are answered, then hashes the canonical form', async () => {
    const t = await collectionSession([
      single('q1', { required: true }),
      single('q2', { required: true, showIf: { field: 'answer:q1', op: 'eq', value: 'a' } }),
      { id: 'q3', type: 'matrix', text: 'Rate', required: true, rows: [{ id: 'r1', label: 'One' }, { id: 'r2', label: 'Two' }], options: [{ label: 'Bad' }, { label: 'Good' }] },
    ], { endMessage: 'Thanks for choosing {{answer:q1}}!' });
    const responseId = await answered(t, t.versionId, { q1: 'a', q3: { r1: '1' } });
    const refused = await t.dispatch('collect.complete', { responseId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'errors.requiredUnanswered', params: { questions: 'q2, q3', count: 2 } } });
    // q2 is hidden once q1 is b: it is no longer required.
    await call(t.dispatch, 'collect.answer', { responseId, questionId: 'q1', value: 'b' });
    await call(t.dispatch, 'collect.answer', { responseId, questionId: 'q3', value: { r1: '1', r2: '2' } });
    const done = await call(t.dispatch, 'collect.complete', { responseId });
    if (done.status !== 'complete') throw new Error('not complete');
    expect(done).toMatchObject({ endMessage: 'Thanks for choosing B!', pointsAwarded: 0, flags: [] });
    const canonical = canonicalResponse({
      surveyVersionId: t.versionId,
      status: 'complete',
      startedAt: (await call(t.dispatch, 'responses.get', { responseId })).startedAt,
      completedAt: done.completedAt,
      answers: [
        { questionId: 'q3', rowId: 'r2', optionCode: '2', num: null, text: null },
        { questionId: 'q1', rowId: null, optionCode: 'b', num: null, text: null },
        { questionId: 'q3', rowId: 'r1', optionCode: '1', num: null, text: null },
      ],
    });
    expect(done.contentHash).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(await call(t.dispatch, 'responses.get', { responseId })).toMatchObject({ status: 'complete', contentHash: done.contentHash, replacedHashes: [] });
    await t.session.closeWorkspace();
  });

  it('lists drafts with the answered count, the furthest question and where to resume past hidden questions; discarding sets one aside, kept', async () => {
    const t = await collectionSession([
      single('q1'),
      single('q2', { showIf: { field: 'answer:q1', op: 'eq', value: 'a' } }),
      single('q3'),
      single('q4'),
    ]);
    const fresh = await answered(t, t.versionId, {});
    const skipping = await answered(t, t.versionId, { q1: 'b' });
    const further = await answered(t, t.versionId, { q1: 'a', q2: 'a', q3: 'b' });
    await call(t.dispatch, 'collect.answer', { responseId: further, questionId: 'q2', value: null });
    const { drafts } = await call(t.dispatch, 'collect.drafts', {});
    const byId = new Map(drafts.map((d) => [d.responseId, d]));
    expect(drafts[0]!.responseId).toBe(further); // latest activity first
    expect(byId.get(fresh)).toMatchObject({ surveyVersionId: t.versionId, surveyTitle: 'Field survey', version: 1, answered: 0, lastQuestionId: null, resumeQuestionId: 'q1' });
    expect(byId.get(skipping)).toMatchObject({ answered: 1, lastQuestionId: 'q1', resumeQuestionId: 'q3' });
    expect(byId.get(further)).toMatchObject({ answered: 2, lastQuestionId: 'q3', resumeQuestionId: 'q4' });

    expect(await call(t.dispatch, 'collect.discard', { responseId: fresh })).toEqual({ responseId: fresh, status: 'void' });
    expect((await call(t.dispatch, 'collect.drafts', { surveyVersionId: t.versionId })).drafts.map((d) => d.responseId).sort()).toEqual([further, skipping].sort());
    expect(await call(t.dispatch, 'responses.get', { responseId: skipping })).toMatchObject({ status: 'draft' });
    expect(await call(t.dispatch, 'responses.get', { responseId: fresh })).toMatchObject({ status: 'void', voidCause: 'discarded' });
    expect(await t.dispatch('collect.discard', { responseId: fresh })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await t.session.closeWorkspace();
  });

  it('lists the latest published version of each survey for the kiosk, with its definition on request', async () => {
    const t = await collectionSession([single('q1')], { identification: 'optional', responseCap: 50 });
    const { versions } = await call(t.dispatch, 'collect.versions', {});
    expect(versions).toEqual([
      expect.objectContaining({ surveyVersionId: t.versionId, title: 'Field survey', version: 1, identification: 'optional', responseCap: 50, responseCount: 0, drafts: 0 }),
    ]);
    const one = await call(t.dispatch, 'collect.version', { surveyVersionId: t.versionId });
    expect(one.definition.pages[0]!.questions[0]!.id).toBe('q1');
    await t.session.closeWorkspace();
  });
});
