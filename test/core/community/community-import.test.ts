import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activityKind } from '../../../main/core/community/import/fact-kinds';
import { planImport } from '../../../main/core/community/import/import-plan';
import { runImport } from '../../../main/core/community/import/run-import';
import { CancelledError } from '../../../main/core/errors';
import { call } from '../../support/call';
import { cancelAtCheckpoint } from '../../support/cancel-at';
import { failure } from '../panel/panel-session';
import { rollupsStoredAndRecounted } from '../health/member-days-recount';
import { communitySession, secs } from './community-fixture';

const members = [{ code: 'M-A', email: 'ann@example.org' }, { code: 'M-B' }, { code: 'M-C' }];
const txMapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'date' }, amount: { column: 'amount' }, currency: { column: 'currency' } };
const evMapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'time' }, type: { column: 'type' }, sessionMinutes: { column: 'minutes' } };

describe('transactions.import', () => {
  it('stores each purchase for its member with the amount in exact minor units of its currency', async () => {
    const t = await communitySession(members);
    const csv = ['member,date,amount,currency', 'M-A,2025-12-01,12.50,EUR', 'm-b,2025-12-02 10:30,"1,234.5",usd', 'M-A,2025-12-03T08:00:00+02:00,1000,JPY', 'M-C,2025-12-04,0.1,BHD'].join('\n');
    const r = await t.importTransactions({ file: { path: t.file('tx.csv', csv) }, mapping: txMapping });
    expect(r).toMatchObject({ committed: true, rows: 4, added: 4, rejected: 0 });
    expect(await t.transactions()).toEqual([
      { member_id: t.ids.get('M-A'), at: secs('2025-12-01T00:00:00Z'), amount_minor: 1250, currency: 'EUR' },
      // 1,234.5 USD = 123450 cents; the code is matched in any case.
      { member_id: t.ids.get('M-B'), at: secs('2025-12-02T10:30:00Z'), amount_minor: 123450, currency: 'USD' },
      // The yen has no minor unit; 08:00 at +02:00 is 06:00 UTC.
      { member_id: t.ids.get('M-A'), at: secs('2025-12-03T06:00:00Z'), amount_minor: 1000, currency: 'JPY' },
      // The Bahraini dinar has three decimals: 0.1 = 100 fils.
      { member_id: t.ids.get('M-C'), at: secs('2025-12-04T00:00:00Z'), amount_minor: 100, currency: 'BHD' },
    ]);
  });

  it('rejects rows naming the row, column, value and what was expected; all-or-nothing writes nothing, valid-rows writes the good ones', async () => {
    const t = await communitySession(members);
    const csv = ['member,date,amount,currency', 'M-A,2025-12-01,12.50,EUR', 'M-Z,2025-12-01,3,EUR', 'M-B,yesterday,3,EUR', 'M-B,2025-12-01,1.234,EUR', 'M-B,2025-12-01,3,EURO', 'M-C,2025-12-01,,EUR'].join('\n');
    const path = t.file('bad.csv', csv);
    const none = await t.importTransactions({ file: { path }, mapping: txMapping });
    expect(none).toMatchObject({ committed: false, importId: null, rows: 6, added: 0, rejected: 5 });
    expect(await t.transactions()).toEqual([]);
    expect(none.rejections.map((r) => [r.row, r.column, r.value, r.key])).toEqual([
      [2, 'member', 'M-Z', 'responsesImport.issue.noMemberCode'],
      [3, 'date', 'yesterday', 'communityImport.issue.timestampInvalid'],
      [4, 'amount', '1.234', 'communityImport.issue.amountPrecision'],
      [5, 'currency', 'EURO', 'communityImport.issue.currencyInvalid'],
      [6, 'amount', null, 'communityImport.issue.valueMissing'],
    ]);
    expect(none.rejections[2]!.message).toBe("Column 'amount': '1.234' has more decimals than EUR has (2).");

    const some = await t.importTransactions({ file: { path }, mapping: txMapping, mode: 'valid-rows' });
    expect(some).toMatchObject({ committed: true, rows: 6, added: 1, rejected: 5 });
    expect(await t.transactions()).toEqual([{ member_id: t.ids.get('M-A'), at: secs('2025-12-01T00:00:00Z'), amount_minor: 1250, currency: 'EUR' }]);
  });

  it('refuses a mapping with no currency before any job starts', async () => {
    const t = await communitySession(members);
    const err = await failure(t.dispatch, 'transactions.import', { file: { path: t.file('tx.csv', 'member,date,amount\nM-A,2025-12-01,1') }, mapping: { ...txMapping, currency: undefined } });
    expect(err).toMatchObject({ code: 'VALIDATION', key: 'communityImport.mappingError.currencyNeeded' });
    const ok = await t.importTransactions({ file: { path: t.file('tx2.csv', 'member,date,amount\nM-A,2025-12-01,"1,5"') }, mapping: { ...txMapping, currency: undefined, defaultCurrency: 'EUR', decimalComma: true } });
    expect(ok.added).toBe(1);
    expect((await t.transactions())[0]).toMatchObject({ amount_minor: 150, currency: 'EUR' });
  });

  it('previews columns with suggested fields and how the rows read would import, writing nothing', async () => {
    const t = await communitySession(members);
    const path = t.file('tx.csv', 'Member code,Order date,Total,Currency\nM-A,2025-12-01,5,EUR\nM-Q,2025-12-01,5,EUR');
    const plain = await call(t.dispatch, 'transactions.previewImport', { file: { path } });
    expect(plain.columns.map((c) => c.suggested)).toEqual([
      { field: 'member', by: 'code' },
      { field: 'at', by: null },
      { field: 'amount', by: null },
      { field: 'currency', by: null },
    ]);
    expect(plain.check).toBeNull();
    const mapping = { member: { column: 'Member code', by: 'code' as const }, at: { column: 'Order date' }, amount: { column: 'Total' }, currency: { column: 'Currency' } };
    const checked = await call(t.dispatch, 'transactions.previewImport', { file: { path }, mapping });
    expect(checked.check).toMatchObject({ rows: 2, added: 1, rejected: 1, rejections: [{ row: 2, column: 'Member code', value: 'M-Q' }] });
    expect(await t.transactions()).toEqual([]);
  });
});

describe('activity.import', () => {
  it('stores events with their type (words in other languages and recoded platform words) and session minutes', async () => {
    const t = await communitySession(members);
    const csv = ['member,time,type,minutes', 'M-A,2025-12-01 09:00,post,12.5', 'M-B,2025-12-01 09:05,评论,', 'M-C,2025-12-01 09:10,thread_liked,3', 'M-A,2025-12-02,Вход,0'].join('\n');
    const r = await t.importActivity({ file: { path: t.file('ev.csv', csv) }, mapping: { ...evMapping, type: { column: 'type', recode: { thread_liked: 'like' } } } });
    expect(r).toMatchObject({ committed: true, rows: 4, added: 4, rejected: 0 });
    expect(await t.events()).toEqual([
      { member_id: t.ids.get('M-A'), at: secs('2025-12-01T09:00:00Z'), type: 'post', session_minutes: 12.5 },
      { member_id: t.ids.get('M-B'), at: secs('2025-12-01T09:05:00Z'), type: 'comment', session_minutes: null },
      { member_id: t.ids.get('M-C'), at: secs('2025-12-01T09:10:00Z'), type: 'like', session_minutes: 3 },
      { member_id: t.ids.get('M-A'), at: secs('2025-12-02T00:00:00Z'), type: 'login', session_minutes: 0 },
    ]);
  });

  it('stores a file in time order, as written or not: ids follow the time, then the row', async () => {
    const t = await communitySession(members);
    const times = (rows: string[]) => ['member,time,type,minutes', ...rows.map((at, i) => `${members[i % 3]!.code},${at},like,`)].join('\n');
    const stored = async (name: string, rows: string[]) => {
      await t.importActivity({ file: { path: t.file(name, times(rows)) }, mapping: evMapping });
      return (await t.events()).slice(-rows.length).map((e) => [e.member_id, e.at]);
    };
    const [a, b, c] = members.map((m) => t.ids.get(m.code));
    // Rows 2 and 3 share a time: they keep their order.
    expect(await stored('in-order.csv', ['2025-12-01', '2025-12-02', '2025-12-02', '2025-12-03'])).toEqual([
      [a, secs('2025-12-01T00:00:00Z')],
      [b, secs('2025-12-02T00:00:00Z')],
      [c, secs('2025-12-02T00:00:00Z')],
      [a, secs('2025-12-03T00:00:00Z')],
    ]);
    expect(await stored('out-of-order.csv', ['2025-12-09', '2025-12-07', '2025-12-08', '2025-12-07'])).toEqual([
      [b, secs('2025-12-07T00:00:00Z')],
      [a, secs('2025-12-07T00:00:00Z')],
      [c, secs('2025-12-08T00:00:00Z')],
      [a, secs('2025-12-09T00:00:00Z')],
    ]);
  });

  it('rejects an unknown type and impossible session minutes, naming what was expected', async () => {
    const t = await communitySession(members);
    const csv = ['member,time,type,minutes', 'M-A,2025-12-01,upload,1', 'M-A,2025-12-01,post,-2', 'M-A,2025-12-01,post,2000', ',2025-12-01,post,1'].join('\n');
    const r = await t.importActivity({ file: { path: t.file('ev.csv', csv) }, mapping: evMapping });
    expect(r.rejections.map((x) => [x.row, x.column, x.value, x.key])).toEqual([
      [1, 'type', 'upload', 'communityImport.issue.typeUnknown'],
      [2, 'minutes', '-2', 'communityImport.issue.minutesInvalid'],
      [3, 'minutes', '2000', 'communityImport.issue.minutesInvalid'],
      [4, 'member', null, 'communityImport.issue.valueMissing'],
    ]);
    expect(r.rejections[0]!.message).toBe("Column 'type': 'upload' is not an activity type: expected one of post, comment, like, share, report, login (or recode the platform's word to one).");
    expect(await t.events()).toEqual([]);
  });

  it('is undone as a batch: its events go, an earlier import stays, and a second undo is refused', async () => {
    const t = await communitySession(members);
    const first = await t.importActivity({ file: { path: t.file('a.csv', 'member,time,type,minutes\nM-A,2025-12-01,post,1') }, mapping: evMapping });
    const second = await t.importActivity({ file: { path: t.file('b.csv', 'member,time,type,minutes\nM-B,2025-12-02,like,\nM-C,2025-12-03,share,') }, mapping: evMapping });
    expect((await t.events()).length).toBe(3);
    const listed = await call(t.dispatch, 'activity.imports', {});
    expect(listed.items.map((i) => [i.id, i.fileName, i.added, i.undoneAt])).toEqual([
      [second.importId, 'b.csv', 2, null],
      [first.importId, 'a.csv', 1, null],
    ]);
    const job = await t.wait((await call(t.dispatch, 'activity.undoImport', { importId: second.importId! })).jobId);
    expect(job.result).toEqual({ importId: second.importId, removed: 2 });
    expect((await t.events()).map((e) => e.member_id)).toEqual([t.ids.get('M-A')]);
    expect((await call(t.dispatch, 'activity.imports', {})).items[0]!.undoneAt).not.toBeNull();
    expect(await failure(t.dispatch, 'activity.undoImport', { importId: second.importId! })).toMatchObject({ code: 'CONFLICT', key: 'communityImport.alreadyUndone' });
    // A transactions undo does not reach an activity import.
    expect(await failure(t.dispatch, 'transactions.undoImport', { importId: first.importId! })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('an activity file read in several chunks (a 256 KiB read batch each)', () => {
  /** Rows of the three members a minute apart from 2025-12-01, stepping back a day at row `backAt` (1-based); row `badAt` has an unknown type. */
  const lines = (count: number, { backAt = Infinity, badAt = Infinity } = {}) =>
    Array.from({ length: count }, (_, i) => {
      const at = Date.UTC(2025, 11, 1) + i * 60_000 - (i + 1 >= backAt ? 86_400_000 : 0);
      return [members[i % 3]!.code, new Date(at).toISOString(), i + 1 === badAt ? 'upload' : 'like', ''];
    });
  const csvOf = (rows: string[][]) => ['member,time,type,minutes', ...rows.map((r) => r.join(','))].join('\n');
  const storedOf = async (t: Awaited<ReturnType<typeof communitySession>>) => (await t.events()).map((e) => `${e.member_id} ${e.at}`).sort();
  const expectedOf = (t: Awaited<ReturnType<typeof communitySession>>, rows: string[][]) => rows.map(([code, at]) => `${t.ids.get(code!)} ${secs(at!)}`).sort();

  it('stores every row once, in time order, when the file steps back in time after its first chunks', async () => {
    const t = await communitySession(members);
    // Not a whole number of chunks: the last one holds the few rows left over.
    const rows = lines(45_003, { backAt: 30_000 });
    const r = await t.importActivity({ file: { path: t.file('back.csv', csvOf(rows)) }, mapping: evMapping });
    expect(r).toMatchObject({ committed: true, rows: 45_003, added: 45_003, rejected: 0 });
    expect(await storedOf(t)).toEqual(expectedOf(t, rows));
    // The step back was noticed in a later chunk: the ids still follow the time.
    const times = (await t.events()).map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The member-days were counted chunk by chunk while staging, days split between chunks included.
    const { stored, recounted } = await rollupsStoredAndRecounted(t.db().reader, await t.events());
    expect(stored).toEqual(recounted);
    expect(recounted.memberDays.length).toBeGreaterThan(30);
    const job = await t.wait((await call(t.dispatch, 'activity.undoImport', { importId: r.importId! })).jobId);
    expect(job.result).toEqual({ importId: r.importId, removed: 45_003 });
    expect(await t.events()).toEqual([]);
  });

  it('all-or-nothing writes nothing when a row of a later chunk is rejected; valid-rows keeps every other row', async () => {
    const t = await communitySession(members);
    await t.importActivity({ file: { path: t.file('first.csv', 'member,time,type,minutes\nM-A,2025-11-01,post,1') }, mapping: evMapping });
    const before = await storedOf(t);
    const rows = lines(30_000, { badAt: 25_000 });
    const file = { path: t.file('late-error.csv', csvOf(rows)) };
    const refused = await t.importActivity({ file, mapping: evMapping, mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ committed: false, rows: 30_000, added: 0, rejected: 1, importId: null });
    expect(refused.rejections.map((x) => [x.row, x.column, x.value])).toEqual([[25_000, 'type', 'upload']]);
    expect(await storedOf(t)).toEqual(before);
    expect((await call(t.dispatch, 'activity.imports', {})).items).toHaveLength(1);
    const kept = await t.importActivity({ file, mapping: evMapping, mode: 'valid-rows' });
    expect(kept).toMatchObject({ committed: true, rows: 30_000, added: 29_999, rejected: 1 });
    expect(await storedOf(t)).toEqual([...before, ...expectedOf(t, rows.filter((_, i) => i + 1 !== 25_000))].sort());
  });
});

/** Scratch files (a workspace's temporary files) left in the workspace's folder. */
const scratchFiles = (dir: string) => fs.readdirSync(dir).filter((name) => name.includes('.icw-tmp'));

describe('cancelling an activity import', () => {
  // Staged rows in time order are merged as stored; out of it, sorted by time.
  it.each([
    ['in time order', (i: number) => 1 + Math.floor(i / 1_100)],
    ['out of time order', (i: number) => 1 + (i % 28)],
  ])('cancelling a file %s at any checkpoint, reading or merging, leaves the workspace as before (no events, no import, no derived rows)', async (_, day) => {
    const t = await communitySession(members);
    await t.importActivity({ file: { path: t.file('first.csv', 'member,time,type,minutes\nM-A,2025-12-01,post,1') }, mapping: evMapping });
    const state = () => t.db().reader.all('SELECT (SELECT count(*) FROM activity_event) AS events, (SELECT count(*) FROM community_import) AS imports, (SELECT group_concat(derived_stage) FROM member_community) AS stages');
    const before = await state();
    const rows = Array.from({ length: 30_000 }, (_, i) => `M-${'ABC'[i % 3]},2025-12-${String(day(i)).padStart(2, '0')},like,${i % 60}`);
    const file = t.file('many.csv', ['member,time,type,minutes', ...rows].join('\n'));
    const env = { db: t.db(), now: () => new Date('2026-01-15T00:00:00Z'), actor: 'test' };
    let checkpoints = 0;
    for (let stopAt = 1; ; stopAt++) {
      const plan = await planImport(activityKind, file, 'many.csv', { mapping: { ...evMapping, decimalComma: false }, mode: 'all-or-nothing', language: 'en' }, 1e9);
      const outcome = await runImport(env, plan, cancelAtCheckpoint(stopAt), `${t.dir}/rejected.csv`).catch((err: unknown) => err);
      if (!(outcome instanceof CancelledError)) {
        expect(outcome).toMatchObject({ committed: true, added: 30_000 });
        // No member-day counted by a cancelled run is left over in this one.
        const { stored, recounted } = await rollupsStoredAndRecounted(t.db().reader, await t.events());
        expect(stored).toEqual(recounted);
        expect(scratchFiles(t.dir)).toEqual([]);
        break;
      }
      expect(await state()).toEqual(before);
      // Nor the scratch file the member-days were counted in (deleted whether the run ends or is cancelled).
      expect(scratchFiles(t.dir)).toEqual([]);
      checkpoints = stopAt;
    }
    expect(checkpoints).toBeGreaterThan(1);
  });
});
