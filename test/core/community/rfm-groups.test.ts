import { describe, expect, it } from 'vitest';
import { rfmRules } from '../../../main/model/community/rfm';
import { call } from '../../support/call';
import { communitySession } from './community-fixture';

const txMapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'at' }, amount: { column: 'amount' }, defaultCurrency: 'EUR' };

/**
 * Six buyers in 2025 and R-G, who bought only in 2024. Per buyer: last purchase, purchases, money.
 *   R-A 12-30 14:00, 5, 100.00   R-B 12-30 14:00, 5, 50.00   R-C 11-01, 1, 500.00
 *   R-D 10-01, 3, 30.00          R-E 06-01, 1, 10.00         R-F 02-15, 2, 20.00
 */
const PURCHASES = [
  ...['03-01', '04-01', '05-01', '06-01', '12-30T14:00:00Z'].map((d) => `R-A,2025-${d},20`),
  ...['03-02', '04-02', '05-02', '06-02', '12-30T14:00:00Z'].map((d) => `R-B,2025-${d},10`),
  'R-C,2025-11-01,500',
  ...['07-01', '08-01', '10-01'].map((d) => `R-D,2025-${d},10`),
  'R-E,2025-06-01,10',
  ...['02-01', '02-15'].map((d) => `R-F,2025-${d},10`),
  'R-G,2024-06-01,10',
];

async function shop() {
  const t = await communitySession(['R-A', 'R-B', 'R-C', 'R-D', 'R-E', 'R-F', 'R-G'].map((code) => ({ code })));
  await t.importTransactions({ file: { path: t.file('tx.csv', ['member,at,amount', ...PURCHASES].join('\n')) }, mapping: txMapping });
  return t;
}

describe('RFM', () => {
  it('scores quintiles by rank, ties sharing a score, and names each group by the first rule its scores meet', async () => {
    const t = await shop();
    // n = 6 buyers; score = 1 + ⌊5 × (buyers with a lower value) / 6⌋.
    // R by last purchase, ascending F 02-15 (0 lower → 1), E 06-01 (1 → 1 + ⌊5/6⌋ = 1), D 10-01 (2 → 1 + ⌊10/6⌋ = 2),
    //   C 11-01 (3 → 1 + ⌊15/6⌋ = 3), A and B tied on 12-30 14:00 (4 lower each → 1 + ⌊20/6⌋ = 4; B does not get 5).
    // F by purchases: C 1, E 1 (0 lower → 1), F 2 (2 → 1 + ⌊10/6⌋ = 2), D 3 (3 → 3), A 5, B 5 (4 → 4).
    // M by money: E 10 (→ 1), F 20 (1 → 1), D 30 (2 → 2), B 50 (3 → 3), A 100 (4 → 4), C 500 (5 → 1 + ⌊25/6⌋ = 5).
    const scores = await t.db().reader.all<{ code: string; r: number; f: number; m: number; grp: string }>(
      'SELECT m.code, c.rfm_r AS r, c.rfm_f AS f, c.rfm_m AS m, c.rfm_group AS grp FROM member m JOIN member_community c ON c.member_id = m.id ORDER BY m.code',
    );
    expect(scores.map((s) => [s.code, s.r, s.f, s.m, s.grp])).toEqual([
      ['R-A', 4, 4, 4, 'champions'], // R 4–5, F 4–5, M 4–5
      ['R-B', 4, 4, 3, 'loyal'], // M 3 misses champions; R 3–5, F 4–5
      ['R-C', 3, 1, 5, 'needAttention'], // R = 3, F 1–3
      ['R-D', 2, 3, 2, 'atRisk'], // R 1–2, F 3–5
      ['R-E', 1, 1, 1, 'lost'], // R = 1, F 1–2
      ['R-F', 1, 2, 1, 'lost'],
      // No purchase in the rules' period (the last 365 days): no scores.
      ['R-G', null, null, null, 'noPurchases'],
    ]);
    expect(
      (await call(t.dispatch, 'members.list', { filter: { field: 'rfm:group', op: 'eq', value: 'lost' }, sort: { field: 'code', dir: 'asc' } })).rows.map((m) => m.code),
    ).toEqual(['R-E', 'R-F']);
  });

  it('rfm.groups over a chosen period: counts per group with the rule shown, and the members who bought nothing in it', async () => {
    const t = await shop();
    const year = await call(t.dispatch, 'rfm.groups', { from: '2025-01-01', to: '2025-12-31' });
    expect(year).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-31' }, currency: 'EUR', scored: 6, noPurchases: 1 });
    const counts = Object.fromEntries(year.groups.map((g) => [g.group, g.members]));
    expect(counts).toEqual({ champions: 1, loyal: 1, cannotLose: 0, atRisk: 1, newCustomers: 0, potentialLoyalists: 0, promising: 0, needAttention: 1, hibernating: 0, lost: 2, noPurchases: 1 });
    expect(year.groups[0]).toEqual({ group: 'champions', members: 1, rule: { r: [4, 5], f: [4, 5], m: [4, 5] }, ruleText: 'R 4–5, F 4–5, M 4–5' });
    expect(year.groups.find((g) => g.group === 'needAttention')!.ruleText).toBe('R = 3, F 1–3');

    // 2024 alone: R-G is the only buyer; one buyer has no one below it (score 1 on each), so it is lost.
    const before = await call(t.dispatch, 'rfm.groups', { from: '2024-01-01', to: '2024-12-31' });
    expect(before).toMatchObject({ scored: 1, noPurchases: 6 });
    expect(before.groups.filter((g) => g.members > 0).map((g) => [g.group, g.members])).toEqual([
      ['lost', 1],
      ['noPurchases', 6],
    ]);
    expect(await t.dispatch('rfm.groups', { from: '2025-02-01', to: '2025-01-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'rfm.periodReversed' } });
  });

  it('has a group for every pair of R and F scores', () => {
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) expect(rfmRules.some((rule) => r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && !rule.m)).toBe(true);
  });
});
