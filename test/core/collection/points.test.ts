import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered, collectionSession, publishSurvey, single } from './collection-fixture';

describe('points ledger', () => {
  it("credits the survey's reward for each completed response of a member, lists entries newest first, and redeems down to zero but never below", async () => {
    const t = await collectionSession([single('q1')], { identification: 'optional', rewardPoints: 50 });
    await call(t.dispatch, 'profile.set', { name: 'Field Fay' });
    const memberId = await addMember(t, { name: 'Ada' });
    const first = await answered(t, t.versionId, { q1: 'a' }, { memberId });
    expect(await call(t.dispatch, 'collect.complete', { responseId: first })).toMatchObject({ status: 'complete', pointsAwarded: 50 });
    const anonymous = await answered(t, t.versionId, { q1: 'a' });
    expect(await call(t.dispatch, 'collect.complete', { responseId: anonymous })).toMatchObject({ pointsAwarded: 0 });
    const unrewarded = await publishSurvey(t, [single('q1')], { identification: 'optional' }, 'No reward');
    const other = await answered(t, unrewarded.versionId, { q1: 'a' }, { memberId });
    expect(await call(t.dispatch, 'collect.complete', { responseId: other })).toMatchObject({ pointsAwarded: 0 });
    const second = await answered(t, t.versionId, { q1: 'b' }, { memberId });
    await call(t.dispatch, 'collect.complete', { responseId: second });

    expect(await call(t.dispatch, 'points.redeem', { memberId, points: 70, reason: 'Gift card' })).toMatchObject({ memberId, balance: 30 });
    const refused = await t.dispatch('points.redeem', { memberId, points: 31, reason: 'Another gift card' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIMIT', key: 'errors.pointsInsufficient', params: { balance: 30, points: 31 } } });
    expect(await call(t.dispatch, 'points.redeem', { memberId, points: 30, reason: 'Donation' })).toMatchObject({ balance: 0 });

    const ledger = await call(t.dispatch, 'points.list', { memberId });
    expect(ledger.balance).toBe(0);
    expect(ledger.entries.map(({ points, kind, responseId, surveyTitle, reason, actor }) => ({ points, kind, responseId, surveyTitle, reason, actor }))).toEqual([
      { points: -30, kind: 'redeemed', responseId: null, surveyTitle: null, reason: 'Donation', actor: 'Field Fay' },
      { points: -70, kind: 'redeemed', responseId: null, surveyTitle: null, reason: 'Gift card', actor: 'Field Fay' },
      { points: 50, kind: 'earned', responseId: second, surveyTitle: 'Field survey', reason: null, actor: null },
      { points: 50, kind: 'earned', responseId: first, surveyTitle: 'Field survey', reason: null, actor: null },
    ]);
    expect(await t.dispatch('points.list', { memberId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.memberMissing' } });
    await t.session.closeWorkspace();
  });

  it("is erased with the member: the ledger's entries go, and nothing more can be redeemed", async () => {
    const t = await collectionSession([single('q1')], { identification: 'member', rewardPoints: 10 });
    const memberId = await addMember(t, { name: 'Jane Roe' });
    await call(t.dispatch, 'collect.complete', { responseId: await answered(t, t.versionId, { q1: 'a' }, { memberId }) });
    await call(t.dispatch, 'points.redeem', { memberId, points: 5, reason: 'Voucher mailed to Jane Roe' });
    await call(t.dispatch, 'members.erase', { memberId, reason: 'Asked to be forgotten' });
    expect(await call(t.dispatch, 'points.list', { memberId })).toEqual({ memberId, balance: 0, entries: [] });
    const { n } = (await t.session.workspace.db.reader.get<{ n: number }>('SELECT count(*) AS n FROM points_entry'))!;
    expect(n).toBe(0);
    expect(await t.dispatch('points.redeem', { memberId, points: 1, reason: 'After erasure' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.memberErased' } });
    await t.session.closeWorkspace();
  });
});
