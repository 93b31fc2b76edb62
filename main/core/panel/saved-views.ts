import type { MemberSort, SavedView } from '@api/members';
import type { Filter } from '@model/filter/filter';
import type { Tx } from '../db/writer';
import { AppError, notFound } from '../errors';
import { compilePanelFilter } from '../members/member-filter';
import type { CallContext } from '../call-context';

interface ViewRow {
  id: number;
  name: string;
  filter: string | null;
  search: string | null;
  sort: string | null;
  columns: string | null;
  created_at: string;
  updated_at: string;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

const toView = (r: ViewRow): SavedView => ({
  id: r.id,
  name: r.name,
  filter: parse<Filter>(r.filter),
  search: r.search,
  sort: parse<MemberSort>(r.sort),
  columns: parse<string[]>(r.columns) ?? [],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = 'SELECT id, name, filter, search, sort, columns, created_at, updated_at FROM saved_view';

export async function listViews(ctx: CallContext): Promise<SavedView[]> {
  return (await ctx.db.reader.all<ViewRow>(`${SELECT} ORDER BY name`)).map(toView);
}

export interface ViewInput {
  id?: number;
  name: string;
  filter: Filter | null;
  search: string | null;
  sort: MemberSort | null;
  columns: string[];
}

async function viewById(tx: Tx, id: number): Promise<ViewRow> {
  const row = await tx.get<ViewRow>(`${SELECT} WHERE id = ?`, [id]);
  if (!row) throw notFound(`There is no saved view ${id}.`, 'errors.viewMissing', { id });
  return row;
}

/**
 * Saves a view under a unique name; with an id, replaces that view. Its filter is checked against
 * the member catalog now, so it can later serve as a segment or a campaign rule as it is.
 */
export async function saveView(ctx: CallContext, input: ViewInput): Promise<SavedView> {
  await compilePanelFilter(ctx.db, input.filter);
  const at = ctx.now().toISOString();
  const values = [input.name, input.filter && JSON.stringify(input.filter), input.search || null, input.sort && JSON.stringify(input.sort), JSON.stringify(input.columns)];
  return ctx.db.writer.transaction(async (tx) => {
    const clash = await tx.get<{ id: number }>('SELECT id FROM saved_view WHERE name = ? AND id IS NOT ?', [input.name, input.id ?? null]);
    if (clash) throw new AppError('CONFLICT', `A view named "${input.name}" already exists.`, { key: 'errors.viewExists', params: { name: input.name } });
    if (input.id !== undefined) {
      await viewById(tx, input.id);
      await tx.run('UPDATE saved_view SET name = ?, filter = ?, search = ?, sort = ?, columns = ?, updated_at = ? WHERE id = ?', [...values, at, input.id]);
      return toView(await viewById(tx, input.id));
    }
    const { lastID } = await tx.run('INSERT INTO saved_view (name, filter, search, sort, columns, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      ...values,
      at,
      at,
    ]);
    return toView(await viewById(tx, lastID));
  });
}

export async function deleteView(ctx: CallContext, id: number): Promise<{ id: number }> {
  await ctx.db.writer.transaction(async (tx) => {
    await viewById(tx, id);
    await tx.run('DELETE FROM saved_view WHERE id = ?', [id]);
  });
  return { id };
}
