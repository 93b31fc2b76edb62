import type { Filter } from '@model/filter/filter';
import type { Queryable } from '../db/writer';

/** The segment table (SQL only here): saved member filters, by id, with unique folded names. */

export interface SegmentRow {
  id: number;
  name: string;
  description: string | null;
  filter: Filter;
  createdAt: string;
  updatedAt: string;
}

interface StoredSegment extends Omit<SegmentRow, 'filter'> {
  filter: string;
}

const SELECT = 'SELECT id, name, description, filter, created_at AS createdAt, updated_at AS updatedAt FROM segment';

const parsed = (row: StoredSegment): SegmentRow => ({ ...row, filter: JSON.parse(row.filter) as Filter });

export const readSegments = async (db: Queryable): Promise<SegmentRow[]> => (await db.all<StoredSegment>(`${SELECT} ORDER BY name_key, id`)).map(parsed);

export async function readSegment(db: Queryable, id: number): Promise<SegmentRow | null> {
  const row = await db.get<StoredSegment>(`${SELECT} WHERE id = ?`, [id]);
  return row ? parsed(row) : null;
}
