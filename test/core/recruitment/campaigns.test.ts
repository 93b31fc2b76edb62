import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../main/rpc/dispatch';
import { call } from '../../support/call';
import { addMembers, answersFor, sessionWithWorkspace, type FixtureMember } from './panel-fixture';

/** Members from..to with scores 1.0, 1.1, … by id (id 1 → 1.0), alternating US/CN. */
const ladder = (from: number, to: number, extra: Partial<FixtureMember> = {}): FixtureMember[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, country: (from + i) % 2 ? 'US' : 'CN', answers: answersFor(1 + (from + i - 1) / 10), ...extra }));

const started = async (dispatch: Dispatch, input: Parameters<typeof call<'campaigns.create'>>[2]) => {
  const c = await call(dispatch, 'campaigns.create', input);
  return call(dispatch, 'campaigns.start', { campaignId: c.id });
};

const statuses = async (dispatch: Dispatch, campaignId: number) => {
  const { rows } = await call(dispatch, 'campaigns.members', { campaignId, limit: 500 });
  return Object.fromEntries(rows.map((r) => [r.memberId, r.status]));
};

describe('campaign lifecycle', () => {
  it('freezes the panel thresholds at start: members imported later do not move anyone between bands', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(1, 40));
    const draft = await call(dispatch, 'campaigns.create', {
      name: 'Open minds',
      rules: { field: 'opennessBand', op: 'eq', value: 'high' },
      quotas: [],
    });
    expect(draft).toMatchObject({ status: 'draft', thresholds: null, counts: { invited: 0 } });
    const early = await dispatch('campaigns.invite', { campaignId: draft.id, memberIds: [1] });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/has not started/) } });

    const campaign = await call(dispatch, 'campaigns.start', { campaignId: draft.id });
    // Scores 1.0 … 4.9: h = 39·0.25 = 9.75 → 1.975; h = 29.25 → 3.925.
    expect(campaign.status).toBe('running');
    expect(campaign.thresholds!.p25).toBeCloseTo(1.975, 10);
    expect(campaign.thresholds!.p75).toBeCloseTo(3.925, 10);
    expect(campaign.thresholds!.scored).toBe(40);
    expect(campaign.thresholds!.method).toMatch(/PERCENTILE\.INC/);

    // Forty very open members arrive by import after the start.
    await addMembers(db, Array.from({ length: 40 }, (_, i) => ({ id: 100 + i, country: 'US', answers: answersFor(4.8) })));
    const panelNow = await call(dispatch, 'recruitment.openness', {});
    expect(panelNow.thresholds!.p75).toBeCloseTo(4.8, 10);

    const after = await call(dispatch, 'campaigns.get', { campaignId: campaign.id });
    expect(after.thresholds).toEqual(campaign.thresholds);

    // Member 31 (4.0) is high by the frozen P75 (3.925) though mid by the panel's new one.
    await call(dispatch, 'campaigns.invite', { campaignId: campaign.id, memberIds: [30, 31, 40] });
    const fill = await call(dispatch, 'campaigns.fill', { campaignId: campaign.id });
    expect(fill).toMatchObject({ screened: 3, qualified: 2, disqualified: { rules: 1, notScored: 0, notContactable: 0 } });
    const { rows } = await call(dispatch, 'campaigns.members', { campaignId: campaign.id });
    expect(rows.map((r) => [r.memberId, r.status, r.openness.band])).toEqual([[30, 'disqualified', 'mid'], [31, 'qualified', 'high'], [40, 'qualified', 'high']]);
    expect(rows[0]).toMatchObject({ reason: 'rules', screenedAt: expect.any(String), disqualifiedAt: expect.any(String), qualifiedAt: null });

    const rulesChange = await dispatch('campaigns.update', { campaignId: campaign.id, rules: { field: 'openness', op: 'gte', value: 2 } });
    expect(rulesChange).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/rules and quota segments are fixed/) } });
    const renamed = await call(dispatch, 'campaigns.update', { campaignId: campaign.id, name: 'Open minds 2026', target: 10 });
    expect(renamed).toMatchObject({ name: 'Open minds 2026', target: 10, rules: { field: 'opennessBand' } });
  });

  it('refuses to start on bands when fewer than 30 members are scored', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(1, 12));
    const c = await call(dispatch, 'campaigns.create', { name: 'Too early', rules: { field: 'opennessBand', op: 'in', value: ['mid', 'high'] } });
    const r = await dispatch('campaigns.start', { campaignId: c.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/needs at least 30 scored members; the panel has 12/) } });
    expect((await call(dispatch, 'campaigns.get', { campaignId: c.id })).status).toBe('draft');
    // A score rule needs no bands.
    await call(dispatch, 'campaigns.update', { campaignId: c.id, rules: { field: 'openness', op: 'gte', value: 3.5 } });
    expect(await call(dispatch, 'campaigns.start', { campaignId: c.id })).toMatchObject({ status: 'running', thresholds: null });
  });

  it('validates rules and quotas with messages naming the place', async () => {
    const { dispatch } = await sessionWithWorkspace();
    const r = await dispatch('campaigns.create', { name: 'x', quotas: [{ label: 'bad', filter: { field: 'salary', op: 'gt', value: 1 }, target: 2 }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/quotas\[0\]\.filter: unknown field "salary"/) } });
  });

  it('moves through pause, resume and close; drafts can be deleted, started campaigns not', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(1, 3));
    const c = await started(dispatch, { name: 'Short' });
    await call(dispatch, 'campaigns.setStatus', { campaignId: c.id, status: 'paused' });
    const paused = await dispatch('campaigns.invite', { campaignId: c.id, memberIds: [1] });
    expect(paused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/is paused/) } });
    await call(dispatch, 'campaigns.setStatus', { campaignId: c.id, status: 'running' });
    const closed = await call(dispatch, 'campaigns.setStatus', { campaignId: c.id, status: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    expect(await dispatch('campaigns.setStatus', { campaignId: c.id, status: 'running' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch('campaigns.delete', { campaignId: c.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const draft = await call(dispatch, 'campaigns.create', { name: 'Scratch' });
    expect(await call(dispatch, 'campaigns.delete', { campaignId: draft.id })).toEqual({ campaignId: draft.id });
    expect((await call(dispatch, 'campaigns.list', {})).campaigns.map((x) => x.name)).toEqual(['Short']);
  });
});

describe('campaign quotas', () => {
  it('fills quotas with qualified members, waitlists the rest and admits them when a place frees', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, [...ladder(1, 40), { id: 50, country: 'CN' }]);
    const c = await started(dispatch, {
      name: 'CN and US',
      rules: { and: [{ field: 'openness', op: 'gte', value: 3.5 }, { field: 'country', op: 'in', value: ['US', 'CN'] }] },
      quotas: [{ label: 'China', filter: { field: 'country', op: 'eq', value: 'CN' }, target: 2 }],
    });
    // Scores: id 1 → 1.0, 20 → 2.9 (too low); 35 … 40 → 4.4 … 4.9, even ids CN; 50 has no screener yet.
    await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1, 2, 20, 35, 36, 37, 38, 39, 40, 50] });
    const fill = await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    expect(fill).toMatchObject({ screened: 9, qualified: 5, waitlisted: 1, stillWaitlisted: 0, disqualified: { rules: 3, notScored: 0, notContactable: 0 } });
    expect(await statuses(dispatch, c.id)).toEqual({
      1: 'disqualified', 2: 'disqualified', 20: 'disqualified', 35: 'qualified', 36: 'qualified', 37: 'qualified', 38: 'qualified', 39: 'qualified', 40: 'waitlisted', 50: 'invited',
    });
    const quota = fill.campaign.quotas[0]!;
    expect(quota).toMatchObject({ label: 'China', target: 2, filled: 2, waitlisted: 1 });
    expect(fill.campaign.counts).toEqual({ invited: 1, screened: 0, qualified: 5, disqualified: 3, waitlisted: 1, active: 0 });
    const { rows } = await call(dispatch, 'campaigns.members', { campaignId: c.id, status: 'waitlisted' });
    expect(rows).toMatchObject([{ memberId: 40, reason: 'quotaFull', reasonQuotaId: quota.id, quotaIds: [] }]);

    // Member 50 answers the screener offline (not scored: 7 answers), then 36 drops out.
    await call(dispatch, 'recruitment.recordScreener', { memberId: 50, answers: [5, 1, 5, 1, 5, 1, 5, null, null, null] });
    const moved = await call(dispatch, 'campaigns.setMemberStatus', { campaignId: c.id, memberIds: [36, 40, 999], status: 'disqualified', reason: 'moved away' });
    expect(moved).toEqual({ changed: 2, skipped: [{ from: 'notInCampaign', count: 1 }] });
    // 40 was disqualified by hand too; bring it back for reconsideration.
    await call(dispatch, 'campaigns.setMemberStatus', { campaignId: c.id, memberIds: [40], status: 'screened', reason: 'reconsider' });
    const refill = await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    expect(refill).toMatchObject({ screened: 1, qualified: 1, disqualified: { notScored: 1 } });
    expect(await statuses(dispatch, c.id)).toMatchObject({ 36: 'disqualified', 40: 'qualified', 50: 'disqualified' });
    expect(refill.campaign.quotas[0]).toMatchObject({ filled: 2, waitlisted: 0 });

    const active = await call(dispatch, 'campaigns.setMemberStatus', { campaignId: c.id, memberIds: [35, 40, 1], status: 'active', reason: null });
    expect(active).toEqual({ changed: 2, skipped: [{ from: 'disqualified', count: 1 }] });
    const after = await call(dispatch, 'campaigns.get', { campaignId: c.id });
    expect(after.counts).toMatchObject({ active: 2, qualified: 3 });
    expect(after.filled).toBe(5);
    expect(after.quotas[0]!.filled).toBe(2); // an active member keeps their place
  });

  it('waitlists beyond the overall target and admits the longest waiting first when it rises', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, ladder(1, 6));
    const c = await started(dispatch, { name: 'Small', target: 2 });
    await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1, 2, 3] });
    await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [4] });
    const second = await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    expect(second).toMatchObject({ screened: 1, qualified: 0, waitlisted: 1, stillWaitlisted: 1 });
    expect(await statuses(dispatch, c.id)).toEqual({ 1: 'qualified', 2: 'qualified', 3: 'waitlisted', 4: 'waitlisted' });
    await call(dispatch, 'campaigns.update', { campaignId: c.id, target: 3 });
    const third = await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    expect(third).toMatchObject({ qualified: 1, stillWaitlisted: 1 });
    expect(await statuses(dispatch, c.id)).toMatchObject({ 3: 'qualified', 4: 'waitlisted' });
  });
});

describe('invitations: consent, frequency cap and contact history', () => {
  const people: FixtureMember[] = [
    { id: 1, answers: answersFor(4) },
    { id: 2, answers: answersFor(4) },
    { id: 3, answers: answersFor(4), consent: 'withdrawn' },
    { id: 4, answers: answersFor(4), consent: 'unknown' },
    { id: 5, answers: answersFor(4), doNotContact: true },
    { id: 6, answers: answersFor(4), erased: true },
  ];

  it('invites only contactable members and reports each skipped category with a reason', async () => {
    const { dispatch, db } = await sessionWithWorkspace();
    await addMembers(db, people);
    const c = await started(dispatch, { name: 'Consent' });
    const dry = await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1, 2, 3, 4, 5, 6, 77], dryRun: true });
    expect(dry.invited).toBe(2);
    expect(await db.reader.get('SELECT count(*) AS n FROM contact_history')).toEqual({ n: 0 });
    const refused = await dispatch('campaigns.invite', { campaignId: c.id, memberIds: [1, 2, 3], onBlocked: 'refuse' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Nobody was invited: 1 member has not granted consent/) } });
    expect(await db.reader.get('SELECT count(*) AS n FROM campaign_member')).toEqual({ n: 0 });

    const r = await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1, 2, 3, 4, 5, 6, 77] });
    expect(r.invited).toBe(2);
    expect(r.skipped.map((s) => [s.reason, s.count, s.sampleMemberIds])).toEqual([
      ['notFound', 1, [77]],
      ['erased', 1, [6]],
      ['doNotContact', 1, [5]],
      ['noConsent', 2, [3, 4]],
    ]);
    expect(r.skipped.find((s) => s.reason === 'doNotContact')!.message).toBe('1 member is marked do-not-contact.');
    const history = await call(dispatch, 'campaigns.contactHistory', { campaignId: c.id });
    expect(history.rows.map((h) => h.memberId).sort()).toEqual([1, 2]);
    expect(history.rows[0]).toMatchObject({ kind: 'invitation', channel: 'email', campaignName: 'Consent' });

    // Inviting again changes nothing: they are already in.
    const again = await call(dispatch, 'campaigns.invite', { campaignId: c.id, filter: { and: [] } });
    expect(again.invited).toBe(0);
    expect(again.skipped.map((s) => [s.reason, s.count])).toEqual([['doNotContact', 1], ['noConsent', 2], ['alreadyInvited', 2]]);
    expect((await call(dispatch, 'campaigns.contactHistory', { campaignId: c.id })).rows).toHaveLength(2);

    // Consent withdrawn after the invitation: the evaluation drops them.
    await db.writer.transaction((tx) => tx.run("UPDATE member SET consent_status = 'withdrawn' WHERE id = 2"));
    const fill = await call(dispatch, 'campaigns.fill', { campaignId: c.id });
    expect(fill).toMatchObject({ qualified: 1, disqualified: { notContactable: 1 } });
  });

  it('enforces the frequency cap across campaigns and keeps every invitation in the history', async () => {
    const { dispatch, db, session } = await sessionWithWorkspace();
    session.settings.setUserName('Ana');
    await addMembers(db, people.slice(0, 2));
    expect(await call(dispatch, 'campaigns.frequencyCap', {})).toEqual({ maxContacts: 2, days: 30 });
    // An invitation 40 days ago falls outside the window.
    await db.writer.transaction((tx) => tx.run("INSERT INTO contact_history (member_id, kind, channel, contacted_at, actor) VALUES (1, 'invitation', 'email', '2025-12-05T00:00:00.000Z', 'old')"));
    const a = await started(dispatch, { name: 'A' });
    const b = await started(dispatch, { name: 'B' });
    const c = await started(dispatch, { name: 'C' });
    expect((await call(dispatch, 'campaigns.invite', { campaignId: a.id, memberIds: [1] })).invited).toBe(1);
    expect((await call(dispatch, 'campaigns.invite', { campaignId: b.id, memberIds: [1, 2], channel: 'sms' })).invited).toBe(2);
    const capped = await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1, 2] });
    expect(capped.invited).toBe(1);
    expect(capped.skipped).toEqual([
      { reason: 'frequencyCap', count: 1, sampleMemberIds: [1], message: '1 member has already had 2 invitations in the last 30 days (the workspace frequency cap).' },
    ]);
    const refused = await dispatch('campaigns.invite', { campaignId: c.id, memberIds: [1], onBlocked: 'refuse' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { frequencyCap: 1, invitable: 0 } } });

    const history = await call(dispatch, 'campaigns.contactHistory', { memberId: 1, limit: 2 });
    expect(history.rows.map((h) => [h.campaignName, h.channel, h.actor])).toEqual([['B', 'sms', 'Ana'], ['A', 'email', 'Ana']]);
    const older = await call(dispatch, 'campaigns.contactHistory', { memberId: 1, limit: 2, cursor: history.nextCursor });
    expect(older.rows.map((h) => h.actor)).toEqual(['old']);
    expect(older.nextCursor).toBeNull();

    await call(dispatch, 'campaigns.setFrequencyCap', { maxContacts: 3, days: 30 });
    expect((await call(dispatch, 'campaigns.invite', { campaignId: c.id, memberIds: [1] })).invited).toBe(1);
    const audit = await db.reader.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'campaigns.%' ORDER BY id");
    expect(audit.map((x) => x.action)).toContain('campaigns.setFrequencyCap');
    expect(await dispatch('campaigns.contactHistory', { cursor: 'x1' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
