import { describe, expect, it } from 'vitest';
import { freshMemberCodes, MEMBER_CODE_PATTERN } from '../../../main/core/members/member-code';
import { call } from '../../support/call';
import { failure, panelSession, setScores } from './panel-session';

describe('members: create, get, update, delete', () => {
  it('creates an anonymous member with a random code, and a full one with normalised search keys', async () => {
    const t = await panelSession();
    const anonymous = await call(t.dispatch, 'members.create', {});
    expect(anonymous.code).toMatch(MEMBER_CODE_PATTERN);
    expect(anonymous).toMatchObject({ name: null, email: null, consentStatus: 'unknown', consentDate: null, contactable: false, tags: [], attributes: [] });
    expect(anonymous.openness).toEqual({ score: null, answered: 0, band: null });

    const olga = await call(t.dispatch, 'members.create', {
      name: '  ＯＬＧＡ Попова ',
      email: 'Olga.Popova@Example.org',
      country: 'RU',
      gender: 'female',
      birthYear: 1990,
      consentStatus: 'granted',
    });
    expect(olga.code).toMatch(MEMBER_CODE_PATTERN);
    expect(olga.code).not.toBe(anonymous.code);
    expect(olga).toMatchObject({ name: 'ＯＬＧＡ Попова', email: 'Olga.Popova@Example.org', consentDate: '2026-01-15', contactable: true });
    const keys = await t.session.workspace.db.reader.get('SELECT name_key, email_key FROM member WHERE id = ?', [olga.id]);
    expect(keys).toEqual({ name_key: 'olga попова', email_key: 'olga.popova@example.org' });
    await t.session.closeWorkspace();
  });

  it('draws member codes at random, distinct from each other and from every code in use', async () => {
    const t = await panelSession();
    const same = [await call(t.dispatch, 'members.create', { name: 'Sam Lee' }), await call(t.dispatch, 'members.create', { name: 'Sam Lee' })];
    expect(same[0]!.code).not.toBe(same[1]!.code);
    const reader = t.session.workspace.db.reader;
    const codes = await freshMemberCodes(reader, 3000);
    expect(new Set(codes).size).toBe(3000);
    expect(codes.every((c) => MEMBER_CODE_PATTERN.test(c))).toBe(true);
    expect(codes).not.toContain(same[0]!.code);
    await t.session.closeWorkspace();
  });

  it('applies a partial patch: absent fields stay, null clears, a consent change is dated and audited', async () => {
    const t = await panelSession();
    const m = await call(t.dispatch, 'members.create', { name: 'Li Na', city: 'Chengdu', country: 'CN', notes: 'met at the fair' });
    const updated = await call(t.dispatch, 'members.update', { memberId: m.id, patch: { city: null, consentStatus: 'granted', doNotContact: true } });
    expect(updated).toMatchObject({ name: 'Li Na', country: 'CN', city: null, notes: 'met at the fair', consentStatus: 'granted', consentDate: '2026-01-15' });
    expect(updated.doNotContact).toBe(true);
    expect(updated.contactable).toBe(false);
    expect(updated.code).toBe(m.code);
    expect(updated.history).toEqual([expect.objectContaining({ actor: 'Pat Manager', action: 'member.consent', reason: null })]);
    expect(updated.notContactable).toBe('doNotContact');
    expect(updated.contacts).toEqual({ total: 0, lastAt: null });
    await t.session.workspace.db.writer.transaction(async (tx) => {
      for (const at of ['2026-01-02T10:00:00Z', '2026-01-09T10:00:00Z']) {
        await tx.run("INSERT INTO contact_history (member_id, kind, channel, contacted_at, actor) VALUES (?, 'invitation', 'email', ?, 'Pat')", [m.id, at]);
      }
    });
    expect((await call(t.dispatch, 'members.get', { memberId: m.id })).contacts).toEqual({ total: 2, lastAt: '2026-01-09T10:00:00Z' });
    await t.session.closeWorkspace();
  });

  it('refuses invalid values with messages that name the field, and writes nothing', async () => {
    const t = await panelSession();
    const m = await call(t.dispatch, 'members.create', { name: 'Ana' });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ email: 'not-an-email' }, /patch\.email: expected an email address/],
      [{ country: 'de' }, /patch\.country: expected an ISO 3166-1 alpha-2 country code/],
      [{ country: 'XX' }, /patch\.country: expected an ISO 3166-1 alpha-2/],
      [{ gender: 'unknown' }, /patch\.gender/],
      [{ lifecycleStage: 'churned' }, /patch\.lifecycleStage/],
      [{ consentStatus: 'maybe' }, /patch\.consentStatus/],
      [{ birthYear: 1850 }, /patch\.birthYear: expected a year from 1900/],
      [{ birthYear: 2020 }, /patch\.birthYear: expected a year from 1900 to 2013 \(members are at least 13\)/],
      [{ joinedAt: '15/01/2026' }, /patch\.joinedAt: expected an ISO date/],
      [{ consentDate: '2026-02-30' }, /patch\.consentDate/],
      [{ phone: 'call me' }, /patch\.phone: expected a phone number/],
      [{ attributes: { shoe_size: 42 } }, /patch\.attributes\.shoe_size: no attribute has this key/],
    ];
    for (const [patch, message] of cases) {
      const error = await failure(t.dispatch, 'members.update', { memberId: m.id, patch });
      expect({ patch, code: error.code }).toEqual({ patch, code: 'VALIDATION' });
      expect(error.message).toMatch(message);
    }
    expect(await call(t.dispatch, 'members.get', { memberId: m.id })).toEqual(m);
    expect((await failure(t.dispatch, 'members.update', { memberId: 999, patch: { name: 'x' } })).code).toBe('NOT_FOUND');
    await t.session.closeWorkspace();
  });

  it('keeps external ids unique and refuses to delete a member who has responses', async () => {
    const t = await panelSession();
    const a = await call(t.dispatch, 'members.create', { externalId: 'CRM-1' });
    const b = await call(t.dispatch, 'members.create', {});
    const clash = await failure(t.dispatch, 'members.update', { memberId: b.id, patch: { externalId: 'CRM-1' } });
    expect(clash).toMatchObject({ code: 'CONFLICT', message: `Member ${a.code} already has the external id "CRM-1".` });

    await t.session.workspace.db.writer.transaction(async (tx) => {
      await tx.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES ('s', 'S', 'x', 'x')");
      await tx.run("INSERT INTO survey_version (id, survey_id, version, definition) VALUES ('v', 's', 1, '{}')");
      await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at) VALUES ('r', 'v', ?, 'complete', 'd', 'x')", [a.id]);
    });
    expect((await failure(t.dispatch, 'members.delete', { memberId: a.id })).message).toMatch(/has 1 responses\. Erase the member instead/);
    expect(await call(t.dispatch, 'members.delete', { memberId: b.id, reason: 'duplicate entry' })).toEqual({ memberId: b.id });
    expect((await failure(t.dispatch, 'members.get', { memberId: b.id })).code).toBe('NOT_FOUND');
    const audit = await t.session.workspace.db.reader.all('SELECT actor, action, entity_id, reason FROM audit_log WHERE action = ?', ['member.delete']);
    expect(audit).toEqual([{ actor: 'Pat Manager', action: 'member.delete', entity_id: String(b.id), reason: 'duplicate entry' }]);
    await t.session.closeWorkspace();
  });

  it('shows openness with its band from the panel thresholds, once 30 members are scored', async () => {
    const t = await panelSession();
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push((await call(t.dispatch, 'members.create', {})).id);
    await setScores(t, [[ids[0]!, 4.5, 10]]);
    // One scored member: no bands yet.
    expect((await call(t.dispatch, 'members.get', { memberId: ids[0]! })).openness).toEqual({ score: 4.5, answered: 10, band: null });
    // Scores 1.0, 1.1 … 4.9 → P25 = 1.975, P75 = 3.925 (linear interpolation).
    await setScores(t, ids.map((id, i) => [id, 1 + i / 10, i % 3 === 0 ? 8 : 10]));
    const band = async (i: number) => (await call(t.dispatch, 'members.get', { memberId: ids[i]! })).openness;
    expect(await band(0)).toEqual({ score: 1, answered: 8, band: 'low' });
    expect(await band(10)).toEqual({ score: 2, answered: 10, band: 'mid' });
    expect(await band(39)).toEqual({ score: 4.9, answered: 8, band: 'high' });
    await t.session.closeWorkspace();
  });
});

describe('custom attributes', () => {
  it('defines text, number, date and choice attributes and validates values by type', async () => {
    const t = await panelSession();
    const plan = await call(t.dispatch, 'attributes.create', { key: 'plan', label: 'Plan', type: 'choice', choices: ['free', 'pro'] });
    await call(t.dispatch, 'attributes.create', { key: 'visits', label: 'Visits', type: 'number' });
    await call(t.dispatch, 'attributes.create', { key: 'renewal', label: 'Renewal', type: 'date' });
    await call(t.dispatch, 'attributes.create', { key: 'segment', label: 'Segment', type: 'text' });
    expect((await failure(t.dispatch, 'attributes.create', { key: 'plan', label: 'Again', type: 'text' })).code).toBe('CONFLICT');
    expect((await failure(t.dispatch, 'attributes.create', { key: 'tier', label: 'Tier', type: 'choice' })).message).toMatch(/choices: a choice attribute needs/);
    expect((await failure(t.dispatch, 'attributes.create', { key: 'Bad Key', label: 'x', type: 'text' })).message).toMatch(/key: expected a key of lower-case/);

    const m = await call(t.dispatch, 'members.create', { attributes: { plan: 'pro', visits: 12, renewal: '2026-03-01', segment: 'Retail' } });
    expect(m.attributes).toEqual([
      { key: 'plan', label: 'Plan', type: 'choice', value: 'pro' },
      { key: 'visits', label: 'Visits', type: 'number', value: 12 },
      { key: 'renewal', label: 'Renewal', type: 'date', value: '2026-03-01' },
      { key: 'segment', label: 'Segment', type: 'text', value: 'Retail' },
    ]);
    const bad = await failure(t.dispatch, 'members.update', { memberId: m.id, patch: { attributes: { plan: 'gold', visits: 'many', renewal: '2026-13-01' } } });
    expect(bad.message).toMatch(/patch\.attributes\.plan: expected one of free, pro/);
    expect(bad.message).toMatch(/patch\.attributes\.visits: expected a number/);
    expect(bad.message).toMatch(/patch\.attributes\.renewal: expected a date/);
    const cleared = await call(t.dispatch, 'members.update', { memberId: m.id, patch: { attributes: { segment: null, visits: 13 } } });
    expect(cleared.attributes.map((a) => a.value)).toEqual(['pro', 13, '2026-03-01', null]);

    const inUse = await failure(t.dispatch, 'attributes.update', { id: plan.id, choices: ['free', 'team'] });
    expect(inUse).toMatchObject({ code: 'CONFLICT' });
    expect(inUse.message).toMatch(/"pro" \(1 members\)/);
    expect(await call(t.dispatch, 'attributes.update', { id: plan.id, label: 'Plan type', choices: ['free', 'pro', 'team'] })).toMatchObject({
      label: 'Plan type',
      choices: ['free', 'pro', 'team'],
    });
    expect(await call(t.dispatch, 'attributes.delete', { id: plan.id })).toEqual({ id: plan.id, removedValues: 1 });
    expect((await call(t.dispatch, 'attributes.list', {})).attributes.map((a) => a.key)).toEqual(['visits', 'renewal', 'segment']);
    await t.session.closeWorkspace();
  });
});
