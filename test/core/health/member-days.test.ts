import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/db/migrate';
import { rebuildMemberDays } from '../../../main/core/community/import/member-days';
import { call } from '../../support/call';
import { randomInts } from '../../bench/random-ints';
import { workspaceBefore } from '../../support/older-workspace';
import { communitySession } from '../community/community-fixture';
import { activityDaysOf, KEYS, keysOf, memberDaysOf, rollupsStoredAndRecounted, type StoredEvent } from './member-days-recount';

const mapping = { member: { column: 'email', by: 'email' as const }, at: { column: 'at' }, type: { column: 'type' }, sessionMinutes: { column: 'minutes' } };
const DAY = 86_400;

const rows = (lines: string[]) => ['email,at,type,minutes', ...lines].join('\n');

describe('member_day, the health dashboard rollup of activity', () => {
  it('equals the member-days worked out from the events after each import, after undoing one, and after erasing a member', async () => {
    const t = await communitySession([
      { code: 'M-A', email: 'ann@example.org' },
      { code: 'M-B', email: 'bob@example.org' },
      { code: 'M-C', email: 'cy@example.org' },
    ]);
    const stored = () => t.db().reader.all('SELECT * FROM member_day ORDER BY day, member_id');
    /** member_day, its keys and its per-day totals (activity_day), each against the events worked out again. */
    const expected = async () => {
      const days = memberDaysOf(await t.events());
      expect(await t.db().reader.all('SELECT * FROM activity_day ORDER BY day')).toEqual(activityDaysOf(days));
      expect(await t.db().reader.all(KEYS)).toEqual(keysOf(days));
      return days;
    };

    const first = await t.importActivity({
      file: {
        path: t.file('first.csv', rows([
          'ann@example.org,2025-12-01T10:00:00Z,post,',
          'ann@example.org,2025-12-01T23:59:59Z,login,12.5',
          'ann@example.org,2025-12-05T08:00:00Z,report,',
          'bob@example.org,2025-12-02T09:00:00Z,like,',
          'bob@example.org,2025-12-09T09:00:00Z,comment,3',
        ])),
      },
      mapping,
    });
    expect(await stored()).toEqual(await expected());
    expect((await stored()).length).toBe(4);

    // The second import adds days before, between and after the first's, and to a day it already has:
    // the later days' previous days change.
    await t.importActivity({
      file: {
        path: t.file('second.csv', rows([
          'ann@example.org,2025-11-30T10:00:00Z,report,',
          'ann@example.org,2025-12-03T10:00:00Z,comment,0.1',
          'ann@example.org,2025-12-05T09:00:00Z,login,0.2',
          'bob@example.org,2025-12-02T18:00:00Z,report,',
          'cy@example.org,2025-12-04T00:00:00Z,share,',
        ])),
      },
      mapping,
    });
    const afterBoth = await expected();
    expect(await stored()).toEqual(afterBoth);
    expect(afterBoth.find((d) => d.day === Math.floor(Date.parse('2025-12-05') / 1000 / DAY) && d.prev_report_day !== null)).toBeDefined();

    // Undoing the first import leaves the second's events, each member's days worked out again.
    await t.wait((await call(t.dispatch, 'activity.undoImport', { importId: first.importId! })).jobId);
    expect(await stored()).toEqual(await expected());
    expect((await stored()).length).toBe(5);

    // A later import, in time order: Ann's first new day starts from her last earlier day (its previous
    // content and report days carry over); her next ones from her new days before them.
    const later = ['2025-12-20T10:00:00Z,like', '2025-12-22T10:00:00Z,report', '2025-12-23T10:00:00Z,comment', '2025-12-24T10:00:00Z,like', '2025-12-25T10:00:00Z,share'].map((l) => `ann@example.org,${l},`);
    await t.importActivity({ file: { path: t.file('third.csv', rows([...later.slice(0, 1), 'cy@example.org,2025-12-21T10:00:00Z,post,1', ...later.slice(1)])) }, mapping });
    const afterThird = await expected();
    expect(await stored()).toEqual(afterThird);
    const dayOf = (date: string) => Math.floor(Date.parse(date) / 1000 / DAY);
    const annOn = (date: string) => afterThird.find((d) => d.member_id === t.ids.get('M-A') && d.day === dayOf(date));
    const previous = (day: string, report: string, content: string) => ({ prev_day: dayOf(day), prev_report_day: dayOf(report), prev_content_day: dayOf(content) });
    expect(annOn('2025-12-20')).toMatchObject(previous('2025-12-05', '2025-11-30', '2025-12-03'));
    expect(annOn('2025-12-22')).toMatchObject(previous('2025-12-20', '2025-11-30', '2025-12-03'));
    expect(annOn('2025-12-24')).toMatchObject(previous('2025-12-23', '2025-12-22', '2025-12-23'));
    expect(annOn('2025-12-25')).toMatchObject(previous('2025-12-24', '2025-12-22', '2025-12-23'));

    // Erasure unlinks Ann's events: her days go, the others' stay.
    await call(t.dispatch, 'members.erase', { memberId: t.ids.get('M-A')!, reason: 'Asked to be forgotten' });
    expect(await stored()).toEqual(await expected());
    expect(((await stored()) as { member_id: number }[]).map((d) => d.member_id)).toEqual([t.ids.get('M-B'), t.ids.get('M-C'), t.ids.get('M-C')]);
  });

  it("goes with a deleted member: the member's keys by the foreign key, its member-days by their trigger, its part of the daily totals by migration 0022's", async () => {
    const t = await communitySession([{ code: 'M-A', email: 'ann@example.org' }, { code: 'M-B', email: 'bob@example.org' }]);
    await t.importActivity({
      file: {
        path: t.file(
          'ev.csv',
          rows(['ann@example.org,2025-12-01T10:00:00Z,login,1.5', 'bob@example.org,2025-12-01T11:00:00Z,like,', 'bob@example.org,2025-12-01T12:00:00Z,login,2.25', 'bob@example.org,2025-12-03T11:00:00Z,post,']),
        ),
      },
      mapping,
    });
    expect(await t.db().reader.all(KEYS)).toHaveLength(3);
    await call(t.dispatch, 'members.delete', { memberId: t.ids.get('M-B')!, reason: 'duplicate entry' });
    const annDays = memberDaysOf((await t.events()).filter((e) => e.member_id === t.ids.get('M-A')));
    expect(await t.db().reader.all('SELECT * FROM member_day ORDER BY day, member_id')).toEqual(annDays);
    expect(await t.db().reader.all(KEYS)).toEqual(keysOf(annDays));
    // 2025-12-01 keeps Ann alone (one active member, one session of 1.5 minutes, no likes); 2025-12-03, Bob's only, goes.
    expect(await t.db().reader.all('SELECT * FROM activity_day ORDER BY day')).toEqual([{ day: Date.parse('2025-12-01') / 1000 / DAY, active: 1, posts: 0, comments: 0, likes: 0, sessions: 1, minutes: 1.5 }]);
  });

  it('counts events after 2038 (times past 32 bits, staged as REAL) on their day', async () => {
    const t = await communitySession([{ code: 'M-A', email: 'ann@example.org' }]);
    const lines = ['ann@example.org,2040-06-01T10:00:00Z,post,', 'ann@example.org,2040-06-01T23:00:00Z,login,2.5', 'ann@example.org,2040-06-03T00:00:00Z,like,'];
    await t.importActivity({ file: { path: t.file('later.csv', rows(lines)) }, mapping });
    const { stored, recounted } = await rollupsStoredAndRecounted(t.db().reader, await t.events());
    expect(stored).toEqual(recounted);
    expect(recounted.memberDays.map((d) => [d.day, d.events])).toEqual([[Date.parse('2040-06-01') / 1000 / DAY, 2], [Date.parse('2040-06-03') / 1000 / DAY, 1]]);
  });
});

describe('member_day upkeep against a recount, on imports and undos in any order', () => {
  it('stays equal to the member-days, their totals and the returns worked out again, seed after seed', async () => {
    const codes = ['M-A', 'M-B', 'M-C', 'M-D'];
    const t = await communitySession(codes.map((code, i) => ({ code, email: `${code.toLowerCase()}@example.org`, joinedAt: `2025-11-0${i + 1}` })));
    const types = ['post', 'comment', 'like', 'report', 'share', 'login'];
    for (const seed of [1, 2, 3]) {
      const r = randomInts(seed);
      const imports: number[] = [];
      for (let round = 0; round < 8; round++) {
        // Mostly imports of days anywhere in the member's history (before, between, on and after stored days), sometimes an undo.
        if (imports.length && r(4) === 0) {
          const [importId] = imports.splice(r(imports.length), 1);
          await t.wait((await call(t.dispatch, 'activity.undoImport', { importId: importId! })).jobId);
        } else {
          // Rounds 3 and 5 import several thousand rows; round 5's in time order, so that its member-days are counted while it is staged.
          const lines = Array.from({ length: round === 3 || round === 5 ? 4_500 + r(100) : 1 + r(12) }, () => {
            const type = types[r(types.length)]!;
            const at = new Date(Date.UTC(2025, 10, 1 + r(30), r(24))).toISOString();
            return `${codes[r(codes.length)]!.toLowerCase()}@example.org,${at},${type},${type === 'login' ? r(90) / 2 : ''}`;
          });
          if (round === 5) lines.sort((a, b) => a.split(',')[1]!.localeCompare(b.split(',')[1]!));
          imports.push((await t.importActivity({ file: { path: t.file(`s${seed}-${round}.csv`, rows(lines)) }, mapping })).importId!);
        }
        const days = memberDaysOf(await t.events());
        expect(await t.db().reader.all('SELECT * FROM member_day ORDER BY day, member_id'), `seed ${seed}, round ${round}`).toEqual(days);
        expect(await t.db().reader.all(KEYS)).toEqual(keysOf(days));
        expect(await t.db().reader.all('SELECT * FROM activity_day ORDER BY day')).toEqual(activityDaysOf(days));
        // Each member's first event a day or more after joining (members joined on 2025-11-01, -02, …).
        const events = await t.events();
        const expectedReturns = codes
          .map((code, i) => {
            const [memberId, back] = [t.ids.get(code)!, Date.parse(`2025-11-0${i + 1}`) / 1000 + DAY];
            return { member_id: memberId, first_return_at: Math.min(...events.filter((e) => e.member_id === memberId && e.at >= back).map((e) => e.at)) };
          })
          .filter((m) => Number.isFinite(m.first_return_at));
        expect(await t.db().reader.all('SELECT member_id, first_return_at FROM member_return ORDER BY member_id')).toEqual(expectedReturns);
      }
      // Each seed starts again from no events.
      for (const importId of imports) await t.wait((await call(t.dispatch, 'activity.undoImport', { importId })).jobId);
      expect(await t.db().reader.all('SELECT * FROM member_day')).toEqual([]);
      expect(await t.db().reader.all(KEYS)).toEqual([]);
    }
  });
});

describe('migrations 0017_member_day, 0018_health_rollups, 0021_member_day_key and 0022_member_deleted_activity_days', () => {
  it('fill member_day and its keys from the events a workspace already holds, leaving out unlinked ones, and activity_day from member_day', async () => {
    const writer = await workspaceBefore('member_day');
    const events: StoredEvent[] = [
      { member_id: 1, at: Date.parse('2025-12-01T10:00:00Z') / 1000, type: 'post', session_minutes: 4 },
      { member_id: 1, at: Date.parse('2025-12-01T11:00:00Z') / 1000, type: 'login', session_minutes: 2.5 },
      { member_id: 2, at: Date.parse('2025-12-02T11:00:00Z') / 1000, type: 'report', session_minutes: null },
      { member_id: 1, at: Date.parse('2025-12-04T11:00:00Z') / 1000, type: 'like', session_minutes: null },
      { member_id: null, at: Date.parse('2025-12-04T00:00:00Z') / 1000, type: 'comment', session_minutes: null },
    ];
    await writer.transaction(async (tx) => {
      await tx.run("INSERT INTO member (code, created_at, updated_at) VALUES ('A', 'x', 'x'), ('B', 'x', 'x')");
      for (const e of events) await tx.run('INSERT INTO activity_event (member_id, at, type, session_minutes) VALUES (?, ?, ?, ?)', [e.member_id, e.at, e.type, e.session_minutes]);
    });
    await migrate(writer);
    const stored = await writer.conn.all('SELECT * FROM member_day ORDER BY day, member_id');
    expect(stored).toEqual(memberDaysOf(events));
    expect(stored).toHaveLength(3);
    expect(await writer.conn.all(KEYS)).toEqual(keysOf(memberDaysOf(events)));
    expect(await writer.conn.all('SELECT * FROM activity_day ORDER BY day')).toEqual(activityDaysOf(memberDaysOf(events)));
    await writer.conn.close();
  });

  it('0022 counts the daily totals again that earlier deletions of members left behind', async () => {
    const writer = await workspaceBefore('member_deleted_activity_days');
    await writer.conn.exec('PRAGMA foreign_keys = ON');
    const at = Date.parse('2025-12-01T10:00:00Z') / 1000;
    await writer.transaction(async (tx) => {
      await tx.run("INSERT INTO member (id, code, created_at, updated_at) VALUES (1, 'A', 'x', 'x'), (2, 'B', 'x', 'x')");
      await tx.run("INSERT INTO activity_event (member_id, at, type, session_minutes) VALUES (1, ?, 'post', NULL), (2, ?, 'login', 3)", [at, at + 60]);
      await rebuildMemberDays(tx);
      // Member 2 deleted before 0022: its member-day went, the day's totals kept it.
      await tx.run('DELETE FROM member WHERE id = 2');
    });
    expect(await writer.conn.all('SELECT active, sessions FROM activity_day')).toEqual([{ active: 2, sessions: 1 }]);
    await migrate(writer);
    const events: StoredEvent[] = [{ member_id: 1, at, type: 'post', session_minutes: null }];
    expect(await writer.conn.all('SELECT * FROM activity_day ORDER BY day')).toEqual(activityDaysOf(memberDaysOf(events)));
    await writer.conn.close();
  });
});
