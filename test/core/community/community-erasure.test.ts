import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { communitySession, secs } from './community-fixture';

const txMapping = { member: { column: 'email', by: 'email' as const }, at: { column: 'at' }, amount: { column: 'amount' }, defaultCurrency: 'EUR' };
const evMapping = { member: { column: 'email', by: 'email' as const }, at: { column: 'at' }, type: { column: 'type' } };

describe('members.erase and imported community data', () => {
  it("leaves the erased member's transactions and events linked to nobody, their times cut to the month and the day; other members' rows untouched", async () => {
    const t = await communitySession([
      { code: 'M-A', email: 'ann@example.org', joinedAt: '2025-01-01' },
      { code: 'M-B', email: 'bob@example.org', joinedAt: '2025-01-01' },
    ]);
    await t.importTransactions({ file: { path: t.file('tx.csv', 'email,at,amount\nann@example.org,2025-12-17T14:22:10Z,37.50\nbob@example.org,2025-12-18T10:00:00Z,5') }, mapping: txMapping });
    await t.importActivity({ file: { path: t.file('ev.csv', 'email,at,type\nann@example.org,2025-12-17T14:22:10Z,post\nbob@example.org,2025-12-18T10:00:00Z,like') }, mapping: evMapping });
    const ann = t.ids.get('M-A')!;
    const bob = t.ids.get('M-B')!;
    expect(await t.db().reader.get('SELECT count(*) AS n FROM member_community WHERE member_id = ?', [ann])).toEqual({ n: 1 });

    await call(t.dispatch, 'members.erase', { memberId: ann, reason: 'Asked to be forgotten' });

    expect(await t.transactions()).toEqual([
      // Still counted in the totals, but no longer anyone's, and no longer at a moment a shop could match.
      { member_id: null, at: secs('2025-12-01T00:00:00Z'), amount_minor: 3750, currency: 'EUR' },
      { member_id: bob, at: secs('2025-12-18T10:00:00Z'), amount_minor: 500, currency: 'EUR' },
    ]);
    expect(await t.events()).toEqual([
      { member_id: null, at: secs('2025-12-17T00:00:00Z'), type: 'post', session_minutes: null },
      { member_id: bob, at: secs('2025-12-18T10:00:00Z'), type: 'like', session_minutes: null },
    ]);
    expect(await t.db().reader.get('SELECT count(*) AS n FROM member_community WHERE member_id = ?', [ann])).toEqual({ n: 0 });
  });
});
