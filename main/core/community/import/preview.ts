import type { ImportRejection } from '@api/csv-import';
import type { CommunityImportPreview } from '@api/community-import';
import { findMembers } from '../../collection/response-import/member-lookup';
import type { WorkspaceDb } from '../../db/workspace-db';
import { readFilePreview } from '../../files/csv-import/file-preview';
import type { ReadOverrides } from '../../files/csv-import/sniff';
import type { FactKind } from './fact-kinds';
import { compileMapping } from './import-plan';
import { RowChecker, type CheckedRow } from './row-check';
import { suggestColumns } from './suggest-columns';

const REJECTIONS_SHOWN = 200;

/**
 * transactions/activity.previewImport: how the start of the file reads, each column with the field
 * its header suggests, and, given a mapping, how the rows read (at most 200) would import: added, or
 * rejected naming the row, column, value and what was expected. Writes nothing.
 */
export async function previewImport<M extends Parameters<typeof compileMapping>[1]>(
  db: WorkspaceDb,
  kind: FactKind<M>,
  filePath: string,
  fileName: string,
  request: ReadOverrides & { mapping?: M },
  maxBytes: number,
): Promise<CommunityImportPreview> {
  const { preview, sniff } = await readFilePreview(filePath, fileName, request, maxBytes);
  if (!sniff) return { ...preview, columns: [], check: null };
  const suggestions = suggestColumns(kind.kind, sniff.layout.names);
  const columns = preview.columns.map((c) => ({ ...c, suggested: suggestions[c.index] ?? null }));
  if (!request.mapping || !preview.canImport) return { ...preview, columns, check: null };
  const plan = compileMapping(kind, request.mapping, sniff.layout.names);
  const checker = new RowChecker(plan, sniff.layout.names.length, sniff.encoding);
  const check = { rows: 0, added: 0, rejected: 0, rejections: [] as ImportRejection[] };
  const reject = (errors: readonly ImportRejection[]) => {
    check.rejected++;
    check.rejections.push(...errors.slice(0, REJECTIONS_SHOWN - check.rejections.length));
  };
  const checked: CheckedRow[] = [];
  for (const { row, record } of sniff.rows) {
    check.rows++;
    const outcome = checker.check(row, record.fields, record.quoteError);
    if ('checked' in outcome) checked.push(outcome.checked);
    else reject(outcome.errors);
  }
  const { missing } = await findMembers(db.reader, plan.member, checked);
  for (const m of missing) reject([m]);
  check.added = checked.length - missing.length;
  check.rejections.sort((a, b) => a.row - b.row);
  return { ...preview, columns, check };
}
