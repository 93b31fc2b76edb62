import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered, collectionSession, publishSurvey, single } from './collection-fixture';

const complete = async (t: Awaited<ReturnType<typeof collectionSession>>, responseId: string) => call(t.dispatch, 'collect.complete', { responseId });

describe('quotas and the response cap', () => {
  it("turns a respondent away at the start once the version's cap is reached, with the survey's quota-full message", async () => {
    const t = await collectionSession([single('q1')], { responseCap: 2, quotaFullMessage: 'We have enough answers, thank you.' });
    for (let i = 0; i < 2; i++) expect(await complete(t, await answered(t, t.versionId, { q1: 'a' }))).toMatchObject({ status: 'complete' });
    const refused = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    expect(refused).toEqual({ status: 'quotaFull', reason: 'responseCap', quota: null, message: 'We have enough answers, thank you.', responseId: null });
    const { n } = (await t.session.workspace.db.reader.get<{ n: number }>('SELECT count(*) AS n FROM response'))!;
    expect(n).toBe(2);
    await t.session.closeWorkspace();
  });

  it('checks the cap again when a respondent qualifies at completion: a draft started before the cap filled is set aside, answers kept', async () => {
    const t = await collectionSession([single('q1')], { responseCap: 1 });
    const first = await answered(t, t.versionId, { q1: 'a' });
    const second = await answered(t, t.versionId, { q1: 'b' });
    expect(await complete(t, first)).toMatchObject({ status: 'complete' });
    expect(await complete(t, second)).toEqual({ status: 'quotaFull', reason: 'responseCap', quota: null, message: null, responseId: second });
    expect(await call(t.dispatch, 'responses.get', { responseId: second })).toMatchObject({ status: 'void', voidCause: 'responseCap', answers: [{ questionId: 'q1', value: 'b' }] });
    expect((await call(t.dispatch, 'collect.versions', {})).versions[0]).toMatchObject({ responseCount: 1, responseCap: 1, drafts: 0 });
    await t.session.closeWorkspace();
  });

  it("enforces a campaign's quota for the segment the member is in, when the member starts and when they complete", async () => {
    const t = await collectionSession([single('q1')], { identification: 'optional', quotaFullMessage: 'Full, sorry.' });
    const campaign = await call(t.dispatch, 'campaigns.create', {
      name: 'Field wave',
      quotas: [{ label: 'China', filter: { field: 'country', op: 'eq', value: 'CN' }, target: 1 }],
    });
    await call(t.dispatch, 'campaigns.start', { campaignId: campaign.id });
    const [cn1, cn2, cn3, de] = [await addMember(t, { country: 'CN' }), await addMember(t, { country: 'CN' }), await addMember(t, { country: 'CN' }), await addMember(t, { country: 'DE' })];
    const quota = { id: campaign.quotas[0]!.id, label: 'China' };

    // cn2 starts while the quota still has room, then cn1 completes first and fills it.
    const second = await answered(t, t.versionId, { q1: 'a' }, { memberId: cn2, campaignId: campaign.id });
    expect(await complete(t, await answered(t, t.versionId, { q1: 'a' }, { memberId: cn1, campaignId: campaign.id }))).toMatchObject({ status: 'complete' });
    expect(await complete(t, second)).toEqual({ status: 'quotaFull', reason: 'quota', quota, message: 'Full, sorry.', responseId: second });
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId, memberId: cn3, campaignId: campaign.id })).toMatchObject({ status: 'quotaFull', reason: 'quota', quota });
    // Outside the segment, anonymous, or not counted for the campaign: room.
    expect(await complete(t, await answered(t, t.versionId, { q1: 'a' }, { memberId: de, campaignId: campaign.id }))).toMatchObject({ status: 'complete' });
    expect(await complete(t, await answered(t, t.versionId, { q1: 'a' }, { campaignId: campaign.id }))).toMatchObject({ status: 'complete' });
    expect(await complete(t, await answered(t, t.versionId, { q1: 'a' }, { memberId: cn3 }))).toMatchObject({ status: 'complete' });
    await t.session.closeWorkspace();
  });

  it("enforces the campaign's overall target over complete responses to the survey, and refuses a campaign that is not open", async () => {
    const t = await collectionSession([single('q1')]);
    const draftCampaign = await call(t.dispatch, 'campaigns.create', { name: 'Not started', target: 1 });
    expect(await t.dispatch('collect.start', { surveyVersionId: t.versionId, campaignId: draftCampaign.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.campaignNotCollecting' } });
    const campaign = await call(t.dispatch, 'campaigns.create', { name: 'Wave', target: 1 });
    await call(t.dispatch, 'campaigns.start', { campaignId: campaign.id });
    await complete(t, await answered(t, t.versionId, { q1: 'a' }, { campaignId: campaign.id }));
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId, campaignId: campaign.id })).toMatchObject({ status: 'quotaFull', reason: 'campaignTarget', quota: null });
    // Another survey in the same campaign has its own count.
    const other = await publishSurvey(t, [single('q1')], {}, 'Other survey');
    expect(await call(t.dispatch, 'collect.start', { surveyVersionId: other.versionId, campaignId: campaign.id })).toMatchObject({ status: 'started' });
    await t.session.closeWorkspace();
  });
});
