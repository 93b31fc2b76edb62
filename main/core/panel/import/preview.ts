import type { ImportPreview } from '@api/member-import';
import type { WorkspaceDb } from '../../db/workspace-db';
import { readFilePreview } from '../../files/csv-import/file-preview';
import type { ReadOverrides } from '../../files/csv-import/sniff';
import { listAttributes } from '../../members/attributes';
import { listMappings, matchingMapping } from './saved-mappings';
import { suggestTargets } from './suggest-targets';

/** members.previewImport: reads at most the first MiB (200 rows) and says how the file would import. */
export async function previewImport(db: WorkspaceDb, filePath: string, fileName: string, overrides: ReadOverrides, maxBytes: number): Promise<ImportPreview> {
  const { preview, sniff } = await readFilePreview(filePath, fileName, overrides, maxBytes);
  if (!sniff) return { ...preview, columns: [], savedMapping: null };
  const suggestions = suggestTargets(sniff.layout.names, await listAttributes(db.reader));
  return {
    ...preview,
    columns: preview.columns.map((c) => ({ ...c, suggested: suggestions[c.index] ?? null })),
    savedMapping: matchingMapping(await listMappings(db), sniff.layout.names),
  };
}
