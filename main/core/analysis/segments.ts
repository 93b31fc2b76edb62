import type { Filter } from '@model/filter/filter';
import { foldText } from '@model/fold-text';
import { referenceCycle, segmentField, segmentRefs } from '@model/analysis/segment-refs';
import type { CallContext } from '../call-context';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import { AppError } from '../errors';
import { compilePanelFilter } from '../members/member-filter';
import { segmentCycle, segmentMissing } from './segment-errors';
import './member-field-sources';
import { readSegment, readSegments, type SegmentRow } from './segment-store';

/**
 * Segments: saved member filters in the panel's one filter language, with their live size. A
 * segment may name others (segment:<id>); saving refuses a cycle with the path that closes it, and
 * deleting refuses a segment others name.
 */

export interface SegmentInput {
  id?: number;
  name: string;
  description: string | null;
  filter: Filter;
}

/** Members the filter selects, of all members. */
async function membersMatching(db: WorkspaceDb, filter: Filter | null): Promise<{ size: number; total: number }> {
  const where = await compilePanelFilter(db, filter);
  return (await db.reader.get<{ size: number; total: number }>(
    `SELECT (SELECT count(*) FROM member m WHERE ${where.sql}) AS size, (SELECT count(*) FROM member) AS total`,
    where.params,
  ))!;
}

const withSize = async (db: WorkspaceDb, row: SegmentRow) => ({ ...row, references: segmentRefs(row.filter), ...(await membersMatching(db, row.filter)) });

export async function listSegments(ctx: CallContext) {
  const rows = await readSegments(ctx.db.reader);
  const segments = [];
  for (const row of rows) segments.push(await withSize(ctx.db, row));
  return { segments };
}

/** The size of a saved segment, or of a filter not saved yet (the editor's live size). */
export async function segmentSize(ctx: CallContext, request: { segmentId?: number; filter?: Filter | null }) {
  if (request.segmentId === undefined) return membersMatching(ctx.db, request.filter ?? null);
  const row = await readSegment(ctx.db.reader, request.segmentId);
  if (!row) throw segmentMissing(request.segmentId);
  return membersMatching(ctx.db, row.filter);
}

/** A saved segment's members, as a condition over a member row aliased m (its compiled filter, the segments it names inlined); NOT_FOUND naming an unknown segment. */
export async function segmentMembers(db: WorkspaceDb, segmentId: number): Promise<CompiledFilter> {
  if (!(await readSegment(db.reader, segmentId))) throw segmentMissing(segmentId);
  return compilePanelFilter(db, { field: segmentField(segmentId), op: 'eq', value: true });
}

/** Refuses a filter that would make a segment contain itself, naming the segments on the way. */
function refuseCycle(id: number | undefined, name: string, filter: Filter, stored: readonly SegmentRow[]) {
  if (id === undefined) return; // a new segment: nothing names it yet
  const refs = new Map(stored.map((s) => [s.id, segmentRefs(s.filter)]));
  refs.set(id, segmentRefs(filter));
  const cycle = referenceCycle(id, (s) => refs.get(s) ?? []);
  if (cycle) throw segmentCycle(cycle.map((s) => (s === id ? name : stored.find((r) => r.id === s)!.name)));
}

export async function saveSegment(ctx: CallContext, input: SegmentInput) {
  refuseCycle(input.id, input.name, input.filter, await readSegments(ctx.db.reader));
  await compilePanelFilter(ctx.db, input.filter);
  const at = ctx.now().toISOString();
  const id = await ctx.db.writer.transaction(async (tx) => {
    // Read again inside the write: another save may have closed a cycle meanwhile.
    refuseCycle(input.id, input.name, input.filter, await readSegments(tx));
    const clash = await tx.get<{ id: number }>('SELECT id FROM segment WHERE name_key = ? AND id IS NOT ?', [foldText(input.name), input.id ?? null]);
    if (clash) throw new AppError('CONFLICT', `A segment named "${input.name}" already exists.`, { key: 'errors.segmentExists', params: { name: input.name } });
    const values = [input.name, foldText(input.name), input.description, JSON.stringify(input.filter), at];
    if (input.id === undefined) {
      return (await tx.run('INSERT INTO segment (name, name_key, description, filter, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)', [...values, at])).lastID;
    }
    const { changes } = await tx.run('UPDATE segment SET name = ?, name_key = ?, description = ?, filter = ?, updated_at = ? WHERE id = ?', [...values, input.id]);
    if (changes === 0) throw segmentMissing(input.id);
    return input.id;
  });
  return withSize(ctx.db, (await readSegment(ctx.db.reader, id))!);
}

export async function deleteSegment(ctx: CallContext, id: number): Promise<{ id: number }> {
  await ctx.db.writer.transaction(async (tx) => {
    const stored = await readSegments(tx);
    if (!stored.some((s) => s.id === id)) throw segmentMissing(id);
    const users = stored.filter((s) => segmentRefs(s.filter).includes(id)).map((s) => s.name);
    if (users.length) {
      throw new AppError('CONFLICT', `Other segments use this one: ${users.join(', ')}. Change them first.`, { key: 'errors.segmentInUse', params: { segments: users.join(', ') } });
    }
    await tx.run('DELETE FROM segment WHERE id = ?', [id]);
  });
  return { id };
}
