import { describe, expect, it } from 'vitest';
import { memberSortFields, type MemberRow, type MemberSortField } from '../../../main/api/members';
import type { Filter } from '../../../main/model/filter/filter';
import { percentile } from '../../../main/model/recruitment/percentiles';
import { textKey } from '../../../main/core/members/text-key';
import { call } from '../../support/call';
import type { TestSession } from '../../support/workspace';
import { FIXTURE_SIZE, seedPanel } from './panel-fixture';
import { failure, panelSession } from './panel-session';

type Key = string | number | null;
const sortKey: Record<MemberSortField, (r: MemberRow) => Key> = {
  code: (r) => r.code,
  name: (r) => textKey(r.name),
  email: (r) => textKey(r.email),
  country: (r) => r.country,
  city: (r) => r.city,
  gender: (r) => r.gender,
  birthYear: (r) => r.birthYear,
  joinedAt: (r) => r.joinedAt,
  lifecycleStage: (r) => r.lifecycleStage,
  consentStatus: (r) => r.consentStatus,
  openness: (r) => r.openness,
};

/** The order the table promises: by key then id, both in the chosen direction; empty keys last, by id. */
function expectedOrder(rows: MemberRow[], field: MemberSortField, dir: 'asc' | 'desc'): number[] {
  const sign = dir === 'asc' ? 1 : -1;
  const key = sortKey[field];
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? sign * (a.id - b.id) : ka === null ? 1 : -1;
      return ka < kb ? -sign : ka > kb ? sign : sign * (a.id - b.id);
    })
    .map((r) => r.id);
}

async function allPages(t: TestSession, input: { sort?: { field: MemberSortField; dir: 'asc' | 'desc' }; filter?: Filter; search?: string }, limit: number) {
  const ids: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { rows: MemberRow[]; nextCursor: string | null } = await call(t.dispatch, 'members.list', { ...input, cursor, limit });
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    ids.push(...page.rows.map((r) => r.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return ids;
}

const ids = async (t: TestSession, input: { filter?: Filter; search?: string }) =>
  (await call(t.dispatch, 'members.list', { ...input, limit: 500 })).rows.map((r) => r.id);
const count = async (t: TestSession, input: { filter?: Filter; search?: string }) => (await call(t.dispatch, 'members.count', input)).total;

describe('members.list paging', () => {
  it('reaches every row exactly once, in order, for every sort field and direction, with ties and empty values', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const all = (await call(t.dispatch, 'members.list', { limit: 500 })).rows;
    expect(all).toHaveLength(FIXTURE_SIZE);
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => a - b));
    // A narrow search is read from its matches and sorted; paging must not notice the difference.
    const matching = new Set(await ids(t, { search: 'member' }));
    expect(matching.size).toBeGreaterThan(20);
    for (const field of memberSortFields) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = expectedOrder(all, field, dir);
        for (const limit of [1, 5, 47]) {
          const paged = await allPages(t, { sort: { field, dir } }, limit);
          expect({ field, dir, limit, paged }).toEqual({ field, dir, limit, paged: expected });
        }
        const searched = await allPages(t, { sort: { field, dir }, search: 'member' }, 4);
        expect({ field, dir, searched }).toEqual({ field, dir, searched: expected.filter((id) => matching.has(id)) });
      }
    }
    await t.session.closeWorkspace();
  });

  it('pages a filtered, searched result and says when the last page is reached', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const filter: Filter = { field: 'tag', op: 'has', value: tags.mobile };
    const expected = await ids(t, { filter, search: 'member' });
    expect(expected.length).toBeGreaterThan(5);
    const paged = await allPages(t, { filter, search: 'member', sort: { field: 'openness', dir: 'desc' } }, 3);
    expect([...paged].sort((a, b) => a - b)).toEqual(expected);
    const last = await call(t.dispatch, 'members.list', { limit: FIXTURE_SIZE });
    expect(last.nextCursor).toBeNull();
    const first = await call(t.dispatch, 'members.list', { limit: FIXTURE_SIZE - 1 });
    expect(first.nextCursor).not.toBeNull();
    await t.session.closeWorkspace();
  });

  it('members.cursorAt starts a page at any position of the same query, for every sort, empty keys included', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const all = (await call(t.dispatch, 'members.list', { limit: 500 })).rows;
    for (const field of memberSortFields) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = expectedOrder(all, field, dir);
        const byId = new Map(all.map((r) => [r.id, r]));
        // The first member without a sort key (they follow the others): both sides of that seam.
        const firstEmpty = expected.findIndex((id) => sortKey[field](byId.get(id)!) === null);
        const seam = firstEmpty > 0 ? [firstEmpty - 1, firstEmpty, firstEmpty + 1] : [];
        for (const position of [0, 1, 7, ...seam, expected.length - 1]) {
          const sort = { field, dir };
          const { cursor, pastEnd } = await call(t.dispatch, 'members.cursorAt', { sort, position });
          const page = await call(t.dispatch, 'members.list', { sort, cursor, limit: 3 });
          expect({ field, dir, position, pastEnd, ids: page.rows.map((r) => r.id) }).toEqual({ field, dir, position, pastEnd: false, ids: expected.slice(position, position + 3) });
        }
      }
    }
    // With a filter and a search, positions count only the matching members.
    const filter: Filter = { field: 'tag', op: 'has', value: tags.mobile };
    const sort = { field: 'openness' as const, dir: 'desc' as const };
    const matching = await allPages(t, { filter, search: 'member', sort }, 500);
    const at = await call(t.dispatch, 'members.cursorAt', { filter, search: 'member', sort, position: matching.length - 2 });
    expect((await call(t.dispatch, 'members.list', { filter, search: 'member', sort, cursor: at.cursor, limit: 10 })).rows.map((r) => r.id)).toEqual(matching.slice(-2));
    expect(await call(t.dispatch, 'members.cursorAt', { filter, search: 'member', sort, position: matching.length })).toEqual({ cursor: null, pastEnd: true });
    expect((await failure(t.dispatch, 'members.cursorAt', { position: -1 })).code).toBe('VALIDATION');
    await t.session.closeWorkspace();
  });

  it('refuses a cursor made for another sort, a forged cursor and a limit over 500', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const { nextCursor } = await call(t.dispatch, 'members.list', { sort: { field: 'name', dir: 'asc' }, limit: 2 });
    const wrongSort = await failure(t.dispatch, 'members.list', { sort: { field: 'country', dir: 'asc' }, cursor: nextCursor, limit: 2 });
    expect(wrongSort).toMatchObject({ code: 'VALIDATION', key: 'errors.badCursor' });
    expect(wrongSort.message).toMatch(/made for sorting by name asc, not country asc/);
    expect((await failure(t.dispatch, 'members.list', { cursor: 'bm9wZQ', limit: 2 })).code).toBe('VALIDATION');
    expect((await failure(t.dispatch, 'members.list', { limit: 501 })).message).toMatch(/limit/);
    await t.session.closeWorkspace();
  });

  it('reads index ranges for every sort (no sorting of the whole panel), with a tag filter too', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const reader = t.session.workspace.db.reader;
    const statements: { sql: string; params: unknown }[] = [];
    const all = reader.all.bind(reader);
    reader.all = (async (sql: string, params?: never) => {
      statements.push({ sql, params });
      return all(sql, params);
    }) as typeof reader.all;
    const filter: Filter = { field: 'tag', op: 'has', value: tags.seed };
    for (const field of memberSortFields) {
      const first = await call(t.dispatch, 'members.list', { filter, sort: { field, dir: 'desc' }, limit: 2 });
      await call(t.dispatch, 'members.list', { filter, sort: { field, dir: 'desc' }, limit: 2, cursor: first.nextCursor });
    }
    reader.all = all;
    const pages = statements.filter((s) => s.sql.startsWith('SELECT m.id, m.code'));
    statements.length = 0;
    expect(pages.length).toBeGreaterThanOrEqual(memberSortFields.length * 2);
    for (const { sql, params } of pages) {
      const plan = (await reader.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params as never)).map((r) => r.detail);
      // Rows come in index (or rowid) order and the LIMIT stops the scan: nothing is sorted.
      expect({ sql, plan: plan.filter((d) => /TEMP B-TREE/.test(d)) }).toEqual({ sql, plan: [] });
      expect({ sql, plan: plan[0] }).toEqual({ sql, plan: expect.stringMatching(/^(SEARCH|SCAN) (m|ts)( USING (COVERING )?(INDEX|INTEGER PRIMARY KEY)|$)/) });
    }
    // A narrow quick search starts from its matches and sorts just those.
    reader.all = (async (sql: string, params?: never) => {
      statements.push({ sql, params });
      return all(sql, params);
    }) as typeof reader.all;
    await call(t.dispatch, 'members.list', { search: '王', sort: { field: 'openness', dir: 'desc' }, limit: 2 });
    reader.all = all;
    const searched = statements.find((s) => s.sql.startsWith('SELECT m.id, m.code'))!;
    const plan = (await reader.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${searched.sql}`, searched.params as never)).map((r) => r.detail);
    expect(plan[0]).toBe('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)');
    await t.session.closeWorkspace();
  });
});

describe('members.list and members.count filters', () => {
  it('filters by tag id, fields, custom attributes and openness band, and counts agree with the rows', async () => {
    const t = await panelSession();
    const { ids: memberIds, tags } = await seedPanel(t);
    await call(t.dispatch, 'attributes.create', { key: 'plan', label: 'Plan', type: 'choice', choices: ['free', 'pro'] });
    await call(t.dispatch, 'members.update', { memberId: memberIds[4]!, patch: { attributes: { plan: 'pro' } } });
    await call(t.dispatch, 'members.update', { memberId: memberIds[5]!, patch: { attributes: { plan: 'free' } } });
    const byIndex = (pick: (i: number) => boolean) => memberIds.filter((_, i) => pick(i));
    const scores = (await call(t.dispatch, 'members.list', { limit: 500 })).rows.map((r) => r.openness);
    const p75 = percentile(scores.filter((s) => s !== null), 0.75)!;
    expect(p75).toBeGreaterThan(3);
    const cases: [Filter, number[]][] = [
      [{ field: 'tag', op: 'has', value: tags.seed }, byIndex((i) => i % 3 === 0)],
      [{ field: 'tag', op: 'hasNot', value: [tags.seed, tags.mobile] }, byIndex((i) => i % 3 !== 0 && i % 2 !== 0)],
      [{ and: [{ field: 'tag', op: 'has', value: tags.seed }, { field: 'tag', op: 'has', value: tags.mobile }] }, byIndex((i) => i % 6 === 0)],
      [{ field: 'birthYear', op: 'isEmpty', value: null }, byIndex((i) => i % 5 === 2)],
      [{ field: 'consentStatus', op: 'in', value: ['unknown', 'withdrawn'] }, byIndex((i) => i % 4 >= 2)],
      [{ field: 'joinedAt', op: 'eq', value: '2025-06-01' }, byIndex((i) => i % 4 === 2)],
      [{ field: 'name', op: 'startsWith', value: 'ОЛ' }, [memberIds[4]!, memberIds[5]!]],
      [{ field: 'attr:plan', op: 'eq', value: 'pro' }, [memberIds[4]!]],
      [{ field: 'opennessAnswered', op: 'lt', value: 8 }, byIndex((i) => i % 6 <= 1)],
      [{ field: 'opennessBand', op: 'eq', value: 'high' }, byIndex((i) => scores[i]! !== null && scores[i]! > p75)],
      [{ field: 'opennessBand', op: 'in', value: ['low', 'mid'] }, byIndex((i) => scores[i]! !== null && scores[i]! <= p75)],
      [{ field: 'opennessBand', op: 'isEmpty', value: null }, byIndex((i) => i % 6 <= 1)],
    ];
    for (const [filter, expected] of cases) {
      expect({ filter, ids: await ids(t, { filter }) }).toEqual({ filter, ids: expected });
      expect({ filter, total: await count(t, { filter }) }).toEqual({ filter, total: expected.length });
    }
    expect(await count(t, {})).toBe(FIXTURE_SIZE);
    const bad = await failure(t.dispatch, 'members.count', { filter: { and: [{ field: 'salary', op: 'gt', value: 1 }] } });
    expect(bad).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter' });
    expect(bad.message).toMatch(/filter\.and\[0\]: unknown field "salary"/);
    await t.session.closeWorkspace();
  });

  it('leaves erased members out of the table', async () => {
    const t = await panelSession();
    const { ids: memberIds } = await seedPanel(t);
    await call(t.dispatch, 'members.erase', { memberId: memberIds[0]!, reason: 'member asked by phone' });
    expect(await count(t, {})).toBe(FIXTURE_SIZE - 1);
    expect(await ids(t, {})).not.toContain(memberIds[0]);
    await t.session.closeWorkspace();
  });
});

describe('quick search', () => {
  const names = async (t: TestSession, search: string) =>
    (await call(t.dispatch, 'members.list', { search, limit: 500 })).rows.map((r) => r.name).sort();

  it('finds Chinese, Cyrillic and Latin names by 1–2 characters (word start) and 3+ characters (anywhere)', async () => {
    const t = await panelSession();
    await seedPanel(t);
    expect(await names(t, '王伟')).toEqual(['王伟', '王伟明']);
    expect(await names(t, '王')).toEqual(['王伟', '王伟明', '王芳']);
    expect(await names(t, '王伟明')).toEqual(['王伟明']);
    expect(await names(t, 'Ол')).toEqual(['Олег Петров', 'Ольга Попова']);
    expect(await names(t, 'ПОПОВ')).toEqual(['Ольга Попова']);
    expect(await names(t, 'попова ольга')).toEqual(['Ольга Попова']);
    expect(await names(t, 'an')).toEqual(['Ann-Marie Keller', 'Anna Schmidt']);
    expect(await names(t, 'SCHMIDT')).toEqual(['Anna Schmidt']);
    expect(await names(t, 'müller')).toEqual(['Jürgen Müller']);
    expect(await names(t, 'example.ru')).toEqual(['Ольга Попова']);
    expect(await names(t, '1234567')).toEqual(['Jürgen Müller']);
    expect(await names(t, 'Москва')).toEqual(['Ольга Попова']);
    expect(await names(t, 'nobody-here')).toEqual([]);
    await t.session.closeWorkspace();
  });

  it('finds a member by part of their code, and reads FTS syntax in the input as plain text', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const [first] = (await call(t.dispatch, 'members.list', { limit: 1 })).rows;
    const found = await call(t.dispatch, 'members.list', { search: first!.code.slice(1), limit: 10 });
    expect(found.rows.map((r) => r.id)).toContain(first!.id);
    for (const hostile of ['"', 'a"b', 'OR', 'NEAR(a b)', '*', 'name:王', '-', '^Anna', '(', 'AND OR NOT']) {
      const result = await t.dispatch('members.list', { search: hostile, limit: 5 });
      expect({ hostile, ok: result.ok }).toEqual({ hostile, ok: true });
    }
    expect(await names(t, '"Anna Schmidt"')).toEqual([]);
    expect(await names(t, '   ')).toHaveLength(FIXTURE_SIZE);
    await t.session.closeWorkspace();
  });

  it('combines search with a filter, a sort and the count', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const filter: Filter = { field: 'country', op: 'eq', value: 'CN' };
    const rows = (await call(t.dispatch, 'members.list', { search: '王', filter, sort: { field: 'name', dir: 'desc' }, limit: 10 })).rows;
    expect(rows.map((r) => r.name)).toEqual(['王芳', '王伟明', '王伟']);
    expect(await count(t, { search: '王', filter })).toBe(3);
    expect(await count(t, { search: 'Member', filter: { field: 'tag', op: 'has', value: tags.seed } })).toBeGreaterThan(0);
    await t.session.closeWorkspace();
  });
});

describe('saved views', () => {
  it('saves, lists, replaces and deletes views whose filter is the shared JSON tree', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const filter: Filter = { and: [{ field: 'tag', op: 'has', value: tags.mobile }, { field: 'opennessBand', op: 'eq', value: 'high' }] };
    const view = await call(t.dispatch, 'views.save', { name: 'Open seeds', filter, sort: { field: 'openness', dir: 'desc' }, columns: ['code', 'name', 'openness'] });
    expect(view).toMatchObject({ name: 'Open seeds', filter, search: null, sort: { field: 'openness', dir: 'desc' }, columns: ['code', 'name', 'openness'] });
    expect(await count(t, { filter: view.filter! })).toBeGreaterThan(0);
    expect((await failure(t.dispatch, 'views.save', { name: 'Open seeds' })).code).toBe('CONFLICT');
    expect((await failure(t.dispatch, 'views.save', { name: 'Broken', filter: { field: 'nope', op: 'eq', value: 1 } })).code).toBe('VALIDATION');
    const renamed = await call(t.dispatch, 'views.save', { id: view.id, name: 'Open seed users', filter, search: '王' });
    expect(renamed).toMatchObject({ id: view.id, name: 'Open seed users', search: '王', sort: null, columns: [] });
    await call(t.dispatch, 'views.save', { name: 'All' });
    expect((await call(t.dispatch, 'views.list', {})).views.map((v) => v.name)).toEqual(['All', 'Open seed users']);
    await call(t.dispatch, 'views.delete', { id: view.id });
    expect((await call(t.dispatch, 'views.list', {})).views.map((v) => v.name)).toEqual(['All']);
    expect((await failure(t.dispatch, 'views.delete', { id: view.id })).code).toBe('NOT_FOUND');
    await t.session.closeWorkspace();
  });
});
