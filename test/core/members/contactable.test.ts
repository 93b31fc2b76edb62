import { describe, expect, it } from 'vitest';
import { CONTACTABLE_SQL, isContactable, NOT_CONTACTABLE_REASON_SQL } from '../../../main/core/members/contactable';
import { call } from '../../support/call';
import { panelSession } from '../panel/panel-session';

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
    const reasons = await reader.all<{ id: number; reason: string | null }>(`SELECT m.id, ${NOT_CONTACTABLE_REASON_SQL} AS reason FROM member m ORDER BY m.id`);
    // The most serious reason first: the erased member also had consent, the do-not-contact one too.
    expect(reasons).toEqual([
      { id: ok.id, reason: null },
      { id: unknown.id, reason: 'noConsent' },
      { id: withdrawn.id, reason: 'noConsent' },
      { id: dnc.id, reason: 'doNotContact' },
      { id: erased.id, reason: 'erased' },
    ]);

    const details = await Promise.all([ok, unknown, withdrawn, dnc, erased].map((m) => call(t.dispatch, 'members.get', { memberId: m.id })));
    expect(details.map((d) => d.contactable)).toEqual([true, false, false, false, false]);
    expect(details.map((d) => isContactable(d))).toEqual([true, false, false, false, false]);
    await t.session.closeWorkspace();
  });
});
