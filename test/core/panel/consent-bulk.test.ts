import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Connection } from '../../../main/core/db/connection';
import { bundledMigrations, migrate } from '../../../main/core/db/migrate';
import { Writer } from '../../../main/core/db/writer';
import { tempDir } from '../../support/temp-dir';
import type { Filter } from '../../../main/model/filter/filter';
import { call } from '../../support/call';
import type { TestSession } from '../../support/workspace';
import { seedPanel } from './panel-fixture';
import { failure, panelSession } from './panel-session';

const unknownConsent: Filter = { field: 'consentStatus', op: 'eq', value: 'unknown' };
const ids = async (t: TestSession, filter: Filter) => (await call(t.dispatch, 'members.list', { filter, limit: 500 })).rows.map((r) => r.id);
const consentOf = async (t: TestSession, memberId: number) => {
  const m = await call(t.dispatch, 'members.get', { memberId });
  return { status: m.consentStatus, date: m.consentDate, scope: m.consentScope };
};
const record = { consentStatus: 'granted', consentDate: '2026-01-10', consentScope: 'surveys and interviews', reason: 'Panel terms v3 accepted at sign-up' } as const;

describe('bulk consent', () => {
  it('records status, date and scope for a whole filter result, audited per member with who, when and why, and no personal data', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const unknown = await ids(t, unknownConsent);
    expect(unknown.length).toBeGreaterThan(5);
    const blocked = (await call(t.dispatch, 'members.list', { filter: unknownConsent, limit: 500 })).rows.map((r) => r.notContactable);
    expect(new Set(blocked)).toEqual(new Set(['noConsent', 'doNotContact']));

    const result = await call(t.dispatch, 'members.setConsent', { filter: unknownConsent, ...record });
    expect(result.changed).toBe(unknown.length);
    expect(await ids(t, unknownConsent)).toEqual([]);
    for (const id of unknown) expect(await consentOf(t, id)).toEqual({ status: 'granted', date: '2026-01-10', scope: 'surveys and interviews' });
    // Granted consent makes them contactable, unless they are marked do-not-contact.
    const rows = (await call(t.dispatch, 'members.list', { filter: { field: 'consentStatus', op: 'eq', value: 'granted' }, limit: 500 })).rows.filter((r) => unknown.includes(r.id));
    for (const r of rows) expect(r.notContactable).toBe(r.doNotContact ? 'doNotContact' : null);

    const detail = await call(t.dispatch, 'members.get', { memberId: unknown[0]! });
    expect(detail.history[0]).toMatchObject({ action: 'member.consentBulk', actor: 'Pat Manager', at: expect.stringMatching(/^2026-01-15T/), reason: record.reason });
    const audit = await t.session.workspace.db.reader.all<{ entity_id: string; details: string }>("SELECT entity_id, details FROM audit_log WHERE action = 'member.consentBulk' ORDER BY CAST(entity_id AS INTEGER)");
    expect(audit.map((a) => Number(a.entity_id))).toEqual(unknown);
    expect(JSON.parse(audit[0]!.details)).toEqual({ consentStatus: 'granted', consentDate: '2026-01-10', bulkActionId: result.actionId });
    // The scope is the member's own record (erasure removes it): it stays out of the audit log.
    expect(audit.some((a) => a.details.includes('surveys'))).toBe(false);

    expect((await call(t.dispatch, 'tags.lastAction', {})).action).toMatchObject({
      kind: 'consent',
      tagId: null,
      tagName: null,
      consent: { status: 'granted', date: '2026-01-10', scope: 'surveys and interviews' },
      actor: 'Pat Manager',
      changed: unknown.length,
      undoneAt: null,
    });
    // Members who already have exactly this record are not changed again.
    expect((await call(t.dispatch, 'members.setConsent', { memberIds: unknown.slice(0, 3), ...record })).changed).toBe(0);
    await t.session.closeWorkspace();
  });

  it('undoes exactly the members it changed, leaving anyone edited since then as they are', async () => {
    const t = await panelSession();
    const { ids: all } = await seedPanel(t);
    const picked = all.slice(0, 8);
    const before = await Promise.all(picked.map((id) => consentOf(t, id)));
    const applied = await call(t.dispatch, 'members.setConsent', { memberIds: picked, consentStatus: 'withdrawn', consentDate: '2026-01-12', consentScope: null, reason: 'Withdrawn by email' });
    const alreadyWithdrawn = before.filter((c) => c.status === 'withdrawn' && c.date === '2026-01-12' && c.scope === null).length;
    expect(applied.changed).toBe(picked.length - alreadyWithdrawn);

    // Edited by hand since: the undo must not overwrite that.
    await call(t.dispatch, 'members.update', { memberId: picked[0]!, patch: { consentStatus: 'granted', consentDate: '2026-01-14' } });
    const undone = await call(t.dispatch, 'tags.undo', {});
    expect(undone).toEqual({ actionId: applied.actionId, kind: 'consent', tagId: null, reverted: applied.changed - 1 });
    expect(await consentOf(t, picked[0]!)).toEqual({ status: 'granted', date: '2026-01-14', scope: before[0]!.scope });
    for (let i = 1; i < picked.length; i++) expect(await consentOf(t, picked[i]!)).toEqual(before[i]);
    expect((await call(t.dispatch, 'members.get', { memberId: picked[1]! })).history[0]).toMatchObject({ action: 'member.consentUndo', actor: 'Pat Manager' });
    expect(await failure(t.dispatch, 'tags.undo', {})).toMatchObject({ code: 'CONFLICT', key: 'errors.alreadyUndone' });
    await t.session.closeWorkspace();
  });

  it('keeps the replaced consent only until the member is erased, and never touches erased members', async () => {
    const t = await panelSession();
    const { ids: all } = await seedPanel(t);
    const [kept, erased] = [all[4]!, all[5]!];
    await call(t.dispatch, 'members.update', { memberId: erased, patch: { consentScope: 'private scope note' } });
    await call(t.dispatch, 'members.setConsent', { memberIds: [kept, erased], consentStatus: 'granted', consentDate: '2026-01-10', consentScope: 'new scope', reason: 'Re-consent campaign' });
    const stored = () => t.session.workspace.db.reader.all<{ member_id: number }>('SELECT member_id FROM bulk_action_member ORDER BY member_id');
    expect((await stored()).map((r) => r.member_id)).toEqual([kept, erased]);
    await call(t.dispatch, 'members.erase', { memberId: erased, reason: 'asked to be forgotten' });
    expect((await stored()).map((r) => r.member_id)).toEqual([kept]);
    expect((await call(t.dispatch, 'tags.undo', {})).reverted).toBe(1);
    expect((await call(t.dispatch, 'members.setConsent', { memberIds: [erased], ...record })).changed).toBe(0);
    await t.session.closeWorkspace();
  });

  it('is the one last bulk action: a tag action after it replaces it, and it replaces a tag action', async () => {
    const t = await panelSession();
    const { ids: all, tags } = await seedPanel(t);
    await call(t.dispatch, 'tags.apply', { tag: tags.seed, memberIds: all.slice(0, 5) });
    await call(t.dispatch, 'members.setConsent', { memberIds: all.slice(0, 5), ...record });
    expect((await call(t.dispatch, 'tags.lastAction', {})).action?.kind).toBe('consent');
    await call(t.dispatch, 'tags.remove', { tag: tags.seed, memberIds: all.slice(0, 5) });
    expect((await call(t.dispatch, 'tags.lastAction', {})).action).toMatchObject({ kind: 'untag', tagId: tags.seed, tagName: 'seed', consent: null });
    await t.session.closeWorkspace();
  });

  it('refuses a record without a reason, a bad date or status, and a selection that is neither ids nor a filter', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filter: { and: [] }, consentStatus: 'granted', reason: 'ok' }, /reason: say why \(at least 3 characters\)/],
      [{ filter: { and: [] }, consentStatus: 'granted', consentDate: '2026-02-30', reason: 'web form' }, /consentDate/],
      [{ filter: { and: [] }, consentStatus: 'maybe', reason: 'web form' }, /consentStatus/],
      [{ consentStatus: 'granted', reason: 'web form' }, /memberIds: give either memberIds or a filter/],
    ];
    for (const [input, message] of cases) {
      const error = await failure(t.dispatch, 'members.setConsent', input);
      expect({ input, code: error.code, message: error.message }).toEqual({ input, code: 'VALIDATION', message: expect.stringMatching(message) });
    }
    expect(await ids(t, { field: 'consentStatus', op: 'eq', value: 'granted' })).toHaveLength(24);
    // Without a date, a recorded status is dated today, as a single record is.
    const [first] = await ids(t, unknownConsent);
    const today = await call(t.dispatch, 'members.setConsent', { filter: unknownConsent, consentStatus: 'granted', reason: 'web form' });
    expect(today.changed).toBe(12);
    expect(await consentOf(t, first!)).toMatchObject({ status: 'granted', date: '2026-01-15' });
    await t.session.closeWorkspace();
  });

  it('keeps the last tag action and its members across the upgrade that lets consent records in', async () => {
    const writer = new Writer(await Connection.open(path.join(tempDir(), 'old.sqlite'), { readonly: false, create: true }));
    await writer.conn.run('PRAGMA foreign_keys = ON');
    const consentMigration = bundledMigrations.findIndex((m) => m.name === 'panel_consent');
    await migrate(writer, bundledMigrations.slice(0, consentMigration));
    await writer.transaction(async (tx) => {
      await tx.exec(`INSERT INTO member (id, code, created_at, updated_at) VALUES (1, 'M-AAAAAA', 'x', 'x'), (2, 'M-BBBBBB', 'x', 'x');
        INSERT INTO tag (id, name, name_key, created_at) VALUES (7, 'vip', 'vip', 'x');
        INSERT INTO member_tag VALUES (7, 1), (7, 2);
        INSERT INTO bulk_action (id, kind, tag_id, actor, at, changed) VALUES (3, 'tag', 7, 'Pat', '2026-01-01T00:00:00Z', 2);
        INSERT INTO bulk_action_member VALUES (3, 1), (3, 2);`);
    });
    await migrate(writer);
    expect(await writer.conn.all('SELECT id, kind, tag_id, consent_status, changed FROM bulk_action')).toEqual([{ id: 3, kind: 'tag', tag_id: 7, consent_status: null, changed: 2 }]);
    expect(await writer.conn.all('SELECT action_id, member_id FROM bulk_action_member')).toEqual([{ action_id: 3, member_id: 1 }, { action_id: 3, member_id: 2 }]);
    expect(await writer.conn.all("SELECT \"table\", on_delete FROM pragma_foreign_key_list('bulk_action_member') ORDER BY id")).toEqual([
      { table: 'member', on_delete: 'CASCADE' },
      { table: 'bulk_action', on_delete: 'CASCADE' },
    ]);
    // The records still go with their action.
    await writer.transaction((tx) => tx.exec('DELETE FROM bulk_action'));
    expect(await writer.conn.all('SELECT * FROM bulk_action_member')).toEqual([]);
    await writer.conn.close();
  });
});
