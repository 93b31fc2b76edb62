import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { byHeader, exportSession, readCsv } from './export-fixture';

async function panel() {
  const t = await exportSession();
  const add = async (fields: Parameters<typeof call<'members.create'>>[2]) => (await call(t.dispatch, 'members.create', fields)).id;
  const ids = {
    wang: await add({ name: '王芳', email: 'wang@example.cn', country: 'CN', consentStatus: 'granted', birthYear: 1990 }),
    ivan: await add({ name: 'Иван "Ваня" Петров', email: 'ivan@example.ru', country: 'CN', consentStatus: 'withdrawn' }),
    ann: await add({ name: '=HYPERLINK("x")', email: 'ann@example.org', country: 'US', consentStatus: 'granted' }),
    dnc: await add({ name: 'Do Not', email: 'dnc@example.org', country: 'CN', consentStatus: 'granted', doNotContact: true }),
  };
  const audit = () => t.db().reader.all<{ actor: string; action: string; entity: string; entity_id: string | null; details: string }>("SELECT actor, action, entity, entity_id, details FROM audit_log WHERE action = 'export.members'");
  return { ...t, ids, audit };
}

describe('export.members', () => {
  it('writes the chosen columns of a filter result through the member-field table, and audits an export with personal data', async () => {
    const t = await panel();
    const target = path.join(t.dir, 'members.csv');
    const result = await t.exported('export.members', { filter: { field: 'country', op: 'eq', value: 'CN' }, columns: ['code', 'name', 'email', 'birthYear', 'doNotContact'], path: target });
    expect(result).toMatchObject({ rows: 3, path: target });
    const rows = byHeader(readCsv(target));
    expect(rows.map((r) => [r.name, r.email, r.birthYear, r.doNotContact])).toEqual([
      ['王芳', 'wang@example.cn', '1990', '0'],
      ['Иван "Ваня" Петров', 'ivan@example.ru', '', '0'],
      ['Do Not', 'dnc@example.org', '', '1'],
    ]);
    expect(rows.every((r) => /^M-/.test(r.code!))).toBe(true);
    const entries = await t.audit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'export.members', entity: 'member', entity_id: null });
    expect(JSON.parse(entries[0]!.details)).toEqual({ rows: 3, columns: ['code', 'name', 'email', 'birthYear', 'doNotContact'], personal: ['name', 'email', 'birthYear'] });
    // Who: the local profile. Never a value.
    expect(entries[0]!.details).not.toContain('wang@example.cn');
  });

  it('writes a selection, guarded; an export without personal data is not audited', async () => {
    const t = await panel();
    const target = path.join(t.dir, 'selection.csv');
    await t.exported('export.members', { memberIds: [t.ids.ann], preset: 'excelLocal', language: 'ru', path: target });
    const text = fs.readFileSync(target, 'utf8');
    expect(text).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(byHeader(readCsv(target, ';'))[0]).toMatchObject({ name: '=HYPERLINK("x")', country: 'US', consentStatus: 'granted' });
    await t.exported('export.members', { memberIds: [t.ids.ann], columns: ['code', 'country', 'gender'], path: path.join(t.dir, 'coarse.csv') });
    expect((await t.audit()).map((a) => JSON.parse(a.details).columns as string[])).toEqual([[...readCsv(target, ';')[0]!]]);
  });

  it("writes a campaign's invitation list: its rules, and only members the consent rule lets be contacted", async () => {
    const t = await panel();
    const campaign = await call(t.dispatch, 'campaigns.create', { name: 'China panel', rules: { field: 'country', op: 'eq', value: 'CN' }, quotas: [] });
    const target = path.join(t.dir, 'invitations.csv');
    await t.exported('export.members', { campaignId: campaign.id, path: target });
    expect(readCsv(target)).toEqual([
      ['code', 'name', 'email', 'language'],
      [expect.stringMatching(/^M-/), '王芳', 'wang@example.cn', ''],
    ]);
    expect((await t.audit())[0]).toMatchObject({ entity: 'campaign', entity_id: String(campaign.id) });
  });

  it("writes exactly a saved segment's members, audited as the segment's; an unknown segment is NOT_FOUND naming it", async () => {
    const t = await panel();
    const china = await call(t.dispatch, 'segments.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'CN' } });
    const granted = await call(t.dispatch, 'segments.save', { name: 'China, consent', filter: { and: [{ field: `segment:${china.id}`, op: 'eq', value: true }, { field: 'consentStatus', op: 'eq', value: 'granted' }] } });
    const target = path.join(t.dir, 'segment.csv');
    const result = await t.exported('export.members', { segmentId: granted.id, columns: ['name', 'email'], path: target });
    expect(result.rows).toBe(2);
    expect(readCsv(target).slice(1)).toEqual([['王芳', 'wang@example.cn'], ['Do Not', 'dnc@example.org']]);
    expect((await t.audit())[0]).toMatchObject({ entity: 'segment', entity_id: String(granted.id) });
    const missing = await t.dispatch('export.members', { segmentId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('segment 999'), params: { id: 999 } } });
    const two = await t.dispatch('export.members', { segmentId: china.id, memberIds: [t.ids.wang] });
    expect(two).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['filter'] }] } });
  });

  it('refuses more than one selection, and an attribute the workspace does not have', async () => {
    const t = await panel();
    const two = await t.dispatch('export.members', { filter: { and: [] }, memberIds: [1] });
    expect(two).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['filter'] }] } });
    const unknown = await t.dispatch('export.preview', { of: 'members', filter: { and: [] }, columns: ['code', 'attr:shoeSize'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('columns[1]'), issues: [{ path: ['columns', 1] }] } });
  });

  it('previews the first 20 rows as they will be written (guarded), and audits nothing', async () => {
    const t = await panel();
    for (let i = 0; i < 25; i++) await call(t.dispatch, 'members.create', { name: `m${i}` });
    const preview = await call(t.dispatch, 'export.preview', { of: 'members', filter: { and: [] }, columns: ['name'], preset: 'excelLocal', language: 'en' });
    expect(preview.header).toEqual(['name']);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[2]).toEqual(["'=HYPERLINK(\"x\")"]);
    expect(await t.audit()).toEqual([]);
  });
});

describe('export.points', () => {
  it('writes the ledger through the same writer and guard', async () => {
    const t = await panel();
    await t.db().writer.transaction((tx) => tx.run("INSERT INTO points_entry (member_id, at, points) VALUES (?, '2026-01-01T00:00:00.000Z', 50)", [t.ids.wang]));
    await call(t.dispatch, 'points.redeem', { memberId: t.ids.wang, points: 20, reason: '=cmd|calc 兑换' });
    const target = path.join(t.dir, 'points.csv');
    await t.exported('export.points', { memberId: t.ids.wang, path: target });
    expect(fs.readFileSync(target, 'utf8')).toContain(",'=cmd|calc 兑换,");
    expect(byHeader(readCsv(target)).map((r) => [r.points, r.kind, r.reason])).toEqual([
      ['50', 'earned', ''],
      ['-20', 'redeemed', '=cmd|calc 兑换'],
    ]);
  });
});
