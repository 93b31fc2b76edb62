import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../main/model/filter/filter';
import { registerFieldSource } from '../../../main/core/members/field-sources';
import { call } from '../../support/call';
import { failure, panelSession } from '../panel/panel-session';

const eq = (value: string): Filter => ({ field: 'country', op: 'eq', value });
/** A tree `levels` deep (odd): not(not(… country = DE)). */
const nested = (levels: number): Filter => {
  let tree = eq('DE');
  for (let level = 1; level < levels; level += 2) tree = { not: { not: tree } };
  return tree;
};
/** `conditions` conditions and one group around them. */
const wide = (conditions: number): Filter => ({ or: Array.from({ length: conditions }, () => eq('DE')) });

describe('member filters', () => {
  it('refuse a field no catalog has before any SQL runs, with one error shape wherever the filter comes from', async () => {
    const t = await panelSession();
    const list = await failure(t.dispatch, 'members.list', { filter: { and: [eq('DE'), { field: 'salary', op: 'gt', value: 1 }] } });
    expect(list).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter', issues: [{ path: ['filter.and[1]'], message: 'unknown field "salary"' }] });
    const attribute = await failure(t.dispatch, 'members.count', { filter: { field: 'attr:nope', op: 'eq', value: 'x' } });
    expect(attribute).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter', issues: [{ path: ['filter'], message: 'unknown field "attr:nope"' }] });
    const rules = await failure(t.dispatch, 'campaigns.create', { name: 'C', rules: { field: 'salary', op: 'gt', value: 1 }, quotas: [] });
    expect(rules).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter', issues: [{ path: ['rules'], message: 'unknown field "salary"' }] });
  });

  it('are at most 8 levels deep and 500 conditions and groups large', async () => {
    const t = await panelSession();
    await call(t.dispatch, 'members.create', { name: 'Ann', country: 'DE' });
    expect((await call(t.dispatch, 'members.count', { filter: nested(7) })).total).toBe(1);
    expect((await call(t.dispatch, 'members.count', { filter: wide(499) })).total).toBe(1);
    const deep = await failure(t.dispatch, 'members.count', { filter: nested(9) });
    expect(deep).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['filter'], message: 'expected at most 8 levels of and/or/not in a filter' }] });
    const large = await failure(t.dispatch, 'members.list', { filter: wide(500) });
    expect(large).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['filter'], message: 'expected at most 500 conditions and groups in a filter' }] });
    const huge = await failure(t.dispatch, 'views.save', { name: 'deep', filter: nested(100_001) });
    expect(huge).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['filter'] }] });
    expect(await call(t.dispatch, 'views.list', {})).toEqual({ views: [] });
  });

  it('take fields from sources other areas register, read from the database, without changing the kernel', async () => {
    const t = await panelSession();
    const ann = await call(t.dispatch, 'members.create', { name: 'Ann' });
    const bob = await call(t.dispatch, 'members.create', { name: 'Bob' });
    await t.session.workspace.db.writer.transaction(async (tx) => {
      await tx.exec('CREATE TABLE fake_answer (member_id INTEGER, question TEXT, num REAL)');
      await tx.run("INSERT INTO fake_answer VALUES (?, 'nps', 9), (?, 'nps', 3)", [ann.id, bob.id]);
    });
    let catalogReads = 0;
    const unregister = registerFieldSource({
      prefix: 'fakeAnswer:',
      async catalog(db) {
        catalogReads++;
        const questions = await db.all<{ question: string }>('SELECT DISTINCT question FROM fake_answer');
        return Object.fromEntries(
          questions.map(({ question }) => [
            `fakeAnswer:${question}`,
            { spec: { type: 'number' as const }, sql: { expr: `(SELECT a.num FROM fake_answer a WHERE a.member_id = m.id AND a.question = '${question.replaceAll("'", "''")}')` } },
          ]),
        );
      },
    });
    try {
      expect(() => registerFieldSource({ prefix: 'attr:', catalog: async () => ({}) })).toThrow(/taken/);
      const promoters = await call(t.dispatch, 'members.list', { filter: { field: 'fakeAnswer:nps', op: 'gte', value: 9 } });
      expect(promoters.rows.map((r) => r.name)).toEqual(['Ann']);
      const unknown = await failure(t.dispatch, 'members.list', { filter: { field: 'fakeAnswer:csat', op: 'gte', value: 9 } });
      expect(unknown).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['filter'], message: 'unknown field "fakeAnswer:csat"' }] });
      const reads = catalogReads;
      await call(t.dispatch, 'members.list', { filter: eq('DE') });
      expect(catalogReads).toBe(reads);
    } finally {
      unregister();
    }
    expect(await failure(t.dispatch, 'members.list', { filter: { field: 'fakeAnswer:nps', op: 'gte', value: 9 } })).toMatchObject({ code: 'VALIDATION' });
  });
});
