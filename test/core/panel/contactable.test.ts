import { describe, expect, it } from 'vitest';
import { CONTACTABLE_SQL, contactableClause, isContactable } from '../../../main/core/panel/contactable';
import { call } from '../../support/call';
import { panelSession } from './panel-session';

describe('consent governs use', () => {
  it('excludes members without granted consent, marked do-not-contact, or erased, in SQL and in memory alike', async () => {
    const t = await panelSession();
    const make = (fields: Record<string, unknown>) => call(t.dispatch, 'members.create', fields);
    const ok = await make({ name: 'Granted', consentStatus: 'granted' });
    const unknown = await make({ name: 'Unknown' });
    const withdrawn = await make({ name: 'Withdrawn', consentStatus: 'withdrawn' });
    const dnc = await make({ name: 'Do not contact', consentStatus: 'granted', doNotContact: true });
    const erased = await make({ name: 'Erased', consentStatus: 'granted' });
    await call(t.dispatch, 'members.erase', { memberId: erased.id, reason: 'erasure request' });

    const reader = t.session.workspace.db.reader;
    const inSql = await reader.all<{ id: number }>(`SELECT m.id FROM member m WHERE ${CONTACTABLE_SQL} ORDER BY m.id`);
    expect(inSql.map((r) => r.id)).toEqual([ok.id]);
    const aliased = await reader.all<{ id: number }>(`SELECT x.id FROM member x WHERE NOT ${contactableClause('x')} ORDER BY x.id`);
    expect(aliased.map((r) => r.id)).toEqual([unknown.id, withdrawn.id, dnc.id, erased.id]);

    const details = await Promise.all([ok, unknown, withdrawn, dnc, erased].map((m) => call(t.dispatch, 'members.get', { memberId: m.id })));
    expect(details.map((d) => d.contactable)).toEqual([true, false, false, false, false]);
    expect(details.map((d) => isContactable(d))).toEqual([true, false, false, false, false]);
    expect(() => contactableClause('m; DROP TABLE member')).toThrow(/Not a table alias/);
    await t.session.closeWorkspace();
  });
});
