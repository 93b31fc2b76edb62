import { describe, expect, it } from 'vitest';
import type { FieldCatalog, Filter } from '../../../main/model/filter/filter';
import { evaluateFilter, type FieldValue } from '../../../main/model/filter/evaluate';
import { compileFilter, type SqlFieldMap } from '../../../main/core/db/filter-sql';
import { insertRows } from '../../../main/core/db/batch-insert';
import { tempWorkspace } from '../../support/workspace';

const catalog: FieldCatalog = {
  name: { type: 'text' },
  country: { type: 'enum', values: ['US', 'CN', 'DE'] },
  birthYear: { type: 'number' },
  joinedAt: { type: 'date' },
  dnc: { type: 'boolean' },
  tag: { type: 'set' },
};
const fields: SqlFieldMap = {
  name: { expr: 'm.name_key', folded: true },
  country: { expr: 'm.country' },
  birthYear: { expr: 'm.birth_year' },
  joinedAt: { expr: 'm.joined_at' },
  dnc: { expr: 'm.do_not_contact' },
  tag: { member: 'EXISTS (SELECT 1 FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND t.name_key = ?)' },
};

const people = [
  { id: 1, name: 'Ольга Попова', country: 'US', birthYear: 1980, joinedAt: '2024-01-10', dnc: false, tags: ['seed'] },
  { id: 2, name: '王伟', country: 'CN', birthYear: null, joinedAt: '2025-03-01', dnc: true, tags: [] },
  { id: 3, name: 'Jürgen 100%_Müller', country: null, birthYear: 1999, joinedAt: null, dnc: false, tags: ['seed', 'mobile'] },
  { id: 4, name: null, country: 'DE', birthYear: 1975, joinedAt: '2023-06-30', dnc: false, tags: ['mobile'] },
];
type Person = (typeof people)[number];
const valueOf = (p: Person) => (field: string): FieldValue => (field === 'tag' ? p.tags : (p[field as keyof Person] as FieldValue) ?? null);

const filters: Filter[] = [
  { field: 'country', op: 'eq', value: 'US' },
  { field: 'country', op: 'neq', value: 'US' },
  { not: { field: 'country', op: 'eq', value: 'US' } },
  { field: 'country', op: 'in', value: ['CN', 'DE'] },
  { field: 'country', op: 'notIn', value: ['CN'] },
  { field: 'country', op: 'isEmpty', value: null },
  { field: 'birthYear', op: 'between', value: [1976, 1999] },
  { not: { field: 'birthYear', op: 'gt', value: 1979 } },
  { field: 'name', op: 'contains', value: 'ОЛЬГА' },
  { field: 'name', op: 'contains', value: '%_' },
  { field: 'name', op: 'startsWith', value: '王' },
  { field: 'joinedAt', op: 'gte', value: '2024-01-01' },
  { field: 'dnc', op: 'eq', value: true },
  { field: 'tag', op: 'has', value: 'seed' },
  { field: 'tag', op: 'hasNot', value: ['seed', 'mobile'] },
  { or: [{ field: 'tag', op: 'has', value: 'mobile' }, { and: [{ field: 'country', op: 'eq', value: 'CN' }, { field: 'dnc', op: 'eq', value: true }] }] },
  { and: [] },
  { or: [] },
];

describe('filter language', () => {
  it('gives the same members in SQL as in memory for every operator, including empty values and NOT', async () => {
    const ws = await tempWorkspace();
    await ws.db.writer.transaction(async (tx) => {
      await insertRows(tx, 'member', ['id', 'code', 'name', 'name_key', 'country', 'birth_year', 'joined_at', 'do_not_contact', 'created_at', 'updated_at'],
        people.map((p) => [p.id, `M-${p.id}`, p.name, p.name?.normalize('NFKC').toLocaleLowerCase() ?? null, p.country, p.birthYear, p.joinedAt, p.dnc ? 1 : 0, 'x', 'x']));
      await insertRows(tx, 'tag', ['id', 'name', 'name_key', 'created_at'], [[1, 'seed', 'seed', 'x'], [2, 'mobile', 'mobile', 'x']]);
      await insertRows(tx, 'member_tag', ['tag_id', 'member_id'], [[1, 1], [1, 3], [2, 3], [2, 4]]);
    });
    for (const filter of filters) {
      const { sql, params } = compileFilter(filter, catalog, fields);
      const rows = await ws.db.reader.all<{ id: number }>(`SELECT id FROM member m WHERE ${sql} ORDER BY id`, params);
      const expected = people.filter((p) => evaluateFilter(filter, valueOf(p))).map((p) => p.id);
      expect({ filter, ids: rows.map((r) => r.id) }).toEqual({ filter, ids: expected });
    }
    // Spot-check the meaning, not only the agreement.
    const ids = async (filter: Filter) => {
      const { sql, params } = compileFilter(filter, catalog, fields);
      return (await ws.db.reader.all<{ id: number }>(`SELECT id FROM member m WHERE ${sql} ORDER BY id`, params)).map((r) => r.id);
    };
    expect(await ids({ field: 'country', op: 'neq', value: 'US' })).toEqual([2, 3, 4]);
    expect(await ids({ field: 'name', op: 'contains', value: '%_' })).toEqual([3]);
    expect(await ids({ field: 'tag', op: 'hasNot', value: ['seed', 'mobile'] })).toEqual([2]);
    await ws.close();
  });

  it('refuses unknown fields, wrong operators and wrong values with a message naming the place', () => {
    const bad = (filter: Filter) => {
      try {
        compileFilter(filter, catalog, fields);
        return null;
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(bad({ field: 'salary', op: 'gt', value: 1 })).toMatch(/filter: unknown field "salary"/);
    expect(bad({ and: [{ field: 'country', op: 'contains', value: 'U' }] })).toMatch(/filter\.and\[0\]: "contains" does not apply to enum field "country"/);
    expect(bad({ field: 'birthYear', op: 'gt', value: 'old' })).toMatch(/expects a number/);
    expect(bad({ field: 'country', op: 'eq', value: 'FR' })).toMatch(/expects one of US, CN, DE/);
    expect(bad({ field: 'birthYear', op: 'between', value: [1] })).toMatch(/two values/);
    expect(bad({ field: 'country', op: 'in', value: [] })).toMatch(/non-empty list/);
  });
});
