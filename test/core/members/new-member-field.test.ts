import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../main/rpc/dispatch';
import { call, unwrap } from '../../support/call';
import { importSession } from '../panel/import/support/import-fixture';

/**
 * A new member field is a migration (its column), one row of the member-field table and its labels.
 * This file's copy of the table has one more row, `occupation`; with only its column added to the
 * workspace, the field reaches the contract, filters, the list and its sort, the import and erasure.
 */
vi.mock(import('../../../main/model/members/member-field-table'), async (importOriginal) => {
  const original = await importOriginal();
  const { z } = await import('zod');
  const occupation = {
    type: 'text',
    group: 'profile',
    column: 'occupation',
    value: z.string().nullable(),
    edit: original.optionalText(100),
    form: 'text',
    max: 100,
    filter: true,
    sort: true,
    list: true,
    import: 'text',
    erase: 'remove',
    labelKey: 'member.field.occupation',
  } as const;
  return { ...original, memberFieldTable: { ...original.memberFieldTable, occupation } };
});

/** The migration a new field brings: its column, and an index for sorting by it. */
const OCCUPATION_MIGRATION = 'ALTER TABLE member ADD COLUMN occupation TEXT; CREATE INDEX member_occupation ON member (occupation, id);';

/** The compiled contract does not know the field this file adds, so these calls go through dispatch untyped. */
type WithOccupation = { id: number; name: string | null; occupation: string | null };
const send = async <T = WithOccupation>(dispatch: Dispatch, method: string, input: unknown) => unwrap(await dispatch(method, input)) as T;
const rowsOf = async (dispatch: Dispatch, input: unknown) => (await send<{ rows: WithOccupation[] }>(dispatch, 'members.list', input)).rows;

async function sessionWithOccupation() {
  const t = await importSession();
  await t.db().writer.transaction((tx) => tx.exec(OCCUPATION_MIGRATION));
  return t;
}

describe('a member field added to the member-field table', () => {
  it('is edited, shown, filtered and sorted by, with no other change', async () => {
    const t = await sessionWithOccupation();
    const baker = await send(t.dispatch, 'members.create', { name: 'Ann', occupation: '  Baker ' });
    await send(t.dispatch, 'members.create', { name: 'Bob', occupation: 'Architect' });
    await call(t.dispatch, 'members.create', { name: 'Cy' });
    expect(baker).toMatchObject({ name: 'Ann', occupation: 'Baker' });
    expect(await send(t.dispatch, 'members.update', { memberId: baker.id, patch: { occupation: 'Pastry chef' } })).toMatchObject({ occupation: 'Pastry chef' });
    expect((await t.dispatch('members.create', { occupation: 'x'.repeat(101) })).ok).toBe(false);

    const filtered = await rowsOf(t.dispatch, { filter: { field: 'occupation', op: 'contains', value: 'chef' } });
    expect(filtered.map((r) => [r.name, r.occupation])).toEqual([['Ann', 'Pastry chef']]);
    const sorted = await rowsOf(t.dispatch, { sort: { field: 'occupation', dir: 'asc' } });
    expect(sorted.map((r) => r.occupation)).toEqual(['Architect', 'Pastry chef', null]);
    expect(await call(t.dispatch, 'members.count', { filter: { field: 'occupation', op: 'isEmpty' } })).toEqual({ total: 1 });
  });

  it('is an import target, suggested for a column named after it, and erased on request', async () => {
    const t = await sessionWithOccupation();
    const file = t.file('members.csv', 'name,email,Occupation\nDee,dee@example.org,Nurse\nEd,ed@example.org,Pilot\n');
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.columns.map((c) => c.suggested)).toEqual(['name', 'email', 'occupation']);
    const result = await t.imported({
      file: { path: file },
      mapping: preview.columns.map((c) => ({ column: c.name, target: c.suggested! })),
      onDuplicate: 'skip',
    });
    expect(result).toMatchObject({ committed: true, inserted: 2 });
    const [nurse] = await rowsOf(t.dispatch, { filter: { field: 'occupation', op: 'eq', value: 'Nurse' } });
    expect(nurse).toMatchObject({ name: 'Dee', occupation: 'Nurse' });

    await call(t.dispatch, 'members.erase', { memberId: nurse!.id, reason: 'asked by email' });
    expect(await send(t.dispatch, 'members.get', { memberId: nurse!.id })).toMatchObject({ name: null, occupation: null });
    const audit = await t.db().reader.get<{ details: string }>("SELECT details FROM audit_log WHERE action = 'member.erase'");
    expect(JSON.parse(audit!.details).removed).toContain('occupation');
  });
});
