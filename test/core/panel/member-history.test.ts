import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { panelSession } from './panel-session';

describe('member history', () => {
  it('shows consent, invitations, campaign steps and seed marking, newest first, each with its campaign and who did it', async () => {
    const t = await panelSession();
    const ana = await call(t.dispatch, 'members.create', { name: 'Ana Lima' });
    const other = await call(t.dispatch, 'members.create', { name: 'Bo Chen', consentStatus: 'granted' });
    await call(t.dispatch, 'members.update', { memberId: ana.id, patch: { consentStatus: 'granted' } });
    // Every item 5: the reverse-keyed items 2, 4 and 6 count 1, so the score is 3.8.
    await call(t.dispatch, 'recruitment.recordScreener', { memberId: ana.id, answers: Array.from({ length: 10 }, () => 5) });
    const draft = await call(t.dispatch, 'campaigns.create', { name: 'Spring study', rules: { field: 'openness', op: 'gte', value: 3 } });
    const campaign = await call(t.dispatch, 'campaigns.start', { campaignId: draft.id });
    await call(t.dispatch, 'campaigns.invite', { campaignId: campaign.id, memberIds: [ana.id, other.id], channel: 'email' });
    await call(t.dispatch, 'campaigns.fill', { campaignId: campaign.id });
    await call(t.dispatch, 'recruitment.markSeed', { memberIds: [ana.id], tagName: 'seed user', reason: 'shortlist of 15 March' });

    const { history } = await call(t.dispatch, 'members.get', { memberId: ana.id });
    const spring = { id: campaign.id, name: 'Spring study' };
    expect(history).toEqual([
      { at: expect.any(String), action: 'member.markedSeed', actor: 'Pat Manager', reason: 'shortlist of 15 March', campaign: null, campaignReason: null },
      { at: expect.any(String), action: 'campaign.qualified', actor: null, reason: null, campaign: spring, campaignReason: null },
      { at: expect.any(String), action: 'campaign.screened', actor: null, reason: null, campaign: spring, campaignReason: null },
      { at: expect.any(String), action: 'campaign.invited', actor: 'Pat Manager', reason: null, campaign: spring, campaignReason: null },
      { at: expect.any(String), action: 'member.consent', actor: 'Pat Manager', reason: null, campaign: null, campaignReason: null },
    ]);
    const times = history.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    // Bo was never screened: the fill left him invited, and his history says no more than that.
    expect((await call(t.dispatch, 'members.get', { memberId: other.id })).history.map((e) => e.action)).toEqual(['campaign.invited', 'member.consent']);
    await t.session.closeWorkspace();
  });

  it('says why a campaign disqualified a member', async () => {
    const t = await panelSession();
    const low = await call(t.dispatch, 'members.create', { name: 'Low Open', consentStatus: 'granted' });
    await call(t.dispatch, 'recruitment.recordScreener', { memberId: low.id, answers: Array.from({ length: 10 }, () => 1) });
    const draft = await call(t.dispatch, 'campaigns.create', { name: 'Open minds', rules: { field: 'openness', op: 'gte', value: 4 } });
    await call(t.dispatch, 'campaigns.start', { campaignId: draft.id });
    await call(t.dispatch, 'campaigns.invite', { campaignId: draft.id, memberIds: [low.id] });
    await call(t.dispatch, 'campaigns.fill', { campaignId: draft.id });
    const [latest] = (await call(t.dispatch, 'members.get', { memberId: low.id })).history;
    expect(latest).toMatchObject({ action: 'campaign.disqualified', campaign: { name: 'Open minds' }, campaignReason: 'rules' });
    await t.session.closeWorkspace();
  });
});
