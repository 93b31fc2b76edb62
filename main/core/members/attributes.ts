import type { AttributeDef } from '@api/members';
import type { AttributeType } from '@model/members/member-fields';
import type { Queryable } from '../db/writer';
import { notFound } from '../errors';

/** Custom member attributes (attr:<key> in filters and imports), as every area reads them. */
interface AttributeRow {
  id: number;
  key: string;
  label: string;
  type: AttributeType;
  choices: string | null;
  created_at: string;
}

const toDef = (r: AttributeRow): AttributeDef => ({
  id: r.id,
  key: r.key,
  label: r.label,
  type: r.type,
  choices: r.choices === null ? null : (JSON.parse(r.choices) as string[]),
  createdAt: r.created_at,
});

export async function listAttributes(db: Queryable): Promise<AttributeDef[]> {
  return (await db.all<AttributeRow>('SELECT id, key, label, type, choices, created_at FROM attribute_def ORDER BY id')).map(toDef);
}

export async function attribute(db: Queryable, id: number): Promise<AttributeDef> {
  const row = await db.get<AttributeRow>('SELECT id, key, label, type, choices, created_at FROM attribute_def WHERE id = ?', [id]);
  if (!row) throw notFound(`There is no attribute ${id}.`, 'errors.attributeMissing', { id });
  return toDef(row);
}

