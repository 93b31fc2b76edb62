import type { SavedImportMapping } from '@api/member-import';
import type { CallContext } from '../../call-context';
import type { WorkspaceDb } from '../../db/workspace-db';
import { columnKey } from '../../files/csv-import/columns';

interface Row {
  id: number;
  name: string;
  mapping: string;
  created_at: string;
}

const toSaved = (r: Row): SavedImportMapping => {
  const stored = JSON.parse(r.mapping) as Pick<SavedImportMapping, 'mapping' | 'settings'>;
  return { id: r.id, name: r.name, mapping: stored.mapping, settings: stored.settings, createdAt: r.created_at };
};

export async function listMappings(db: WorkspaceDb): Promise<SavedImportMapping[]> {
  return (await db.reader.all<Row>('SELECT id, name, mapping, created_at FROM import_mapping ORDER BY name')).map(toSaved);
}

/** Saves under a name; saving again under the same name replaces it. */
export async function saveMapping(ctx: CallContext, input: Pick<SavedImportMapping, 'name' | 'mapping' | 'settings'>): Promise<SavedImportMapping> {
  const now = ctx.now();
  const json = JSON.stringify({ mapping: input.mapping, settings: input.settings });
  const row = await ctx.db.writer.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO import_mapping (name, mapping, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, created_at = excluded.created_at',
      [input.name, json, now.toISOString()],
    );
    return tx.get<Row>('SELECT id, name, mapping, created_at FROM import_mapping WHERE name = ?', [input.name]);
  });
  return toSaved(row!);
}

export async function deleteMapping(ctx: CallContext, id: number): Promise<boolean> {
  const { changes } = await ctx.db.writer.transaction((tx) => tx.run('DELETE FROM import_mapping WHERE id = ?', [id]));
  return changes > 0;
}

/** The saved mapping that fits a file: every column it maps is in the header; the most columns wins, then the newest. */
export function matchingMapping(saved: readonly SavedImportMapping[], columnNames: readonly string[]): SavedImportMapping | null {
  const have = new Set(columnNames.map(columnKey));
  const fitting = saved
    .filter((s) => s.mapping.every((m) => have.has(columnKey(m.column))))
    .sort((a, b) => b.mapping.length - a.mapping.length || b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return fitting[0] ?? null;
}
