import type { ImportRejection } from '@api/csv-import';
import type { ResponseImportPreview } from '@api/response-import';
import type { WorkspaceDb } from '../../db/workspace-db';
import { readFilePreview } from '../../files/csv-import/file-preview';
import type { ReadOverrides } from '../../files/csv-import/sniff';
import { answerTargets } from './answer-targets';
import { compileMapping, type MappingRequest } from './import-plan';
import { findMembers } from './member-lookup';
import { readPublishedVersion } from './published-version';
import { RowChecker } from './row-check';
import { suggestColumns } from './suggest-columns';

/** Rejections the preview lists; the import reports them all. */
const REJECTIONS_SHOWN = 200;

export type PreviewRequest = ReadOverrides & Partial<Pick<MappingRequest, 'mapping'>> & Omit<MappingRequest, 'mapping'>;

/**
 * responses.previewImport: how the start of the file reads, each column with the answer its header
 * suggests, and, given a mapping, how the rows read (at most 200) would import: added, skipped, or
 * rejected naming the row, column, value and what was expected. Writes nothing.
 */
export async function previewImport(db: WorkspaceDb, filePath: string, fileName: string, request: PreviewRequest, maxBytes: number): Promise<ResponseImportPreview> {
  const version = await readPublishedVersion(db.reader, request.surveyVersionId);
  const { definition, ...info } = version;
  const targets = answerTargets(definition);
  const { preview, sniff } = await readFilePreview(filePath, fileName, request, maxBytes);
  if (!sniff) return { ...preview, version: info, targets, columns: [], check: null };
  const suggestions = suggestColumns(sniff.layout.names, targets);
  const columns = preview.columns.map((c) => ({ ...c, suggested: suggestions[c.index] ?? null }));
  if (!request.mapping?.length || !preview.canImport) return { ...preview, version: info, targets, columns, check: null };

  const mapping = compileMapping({ ...request, mapping: request.mapping }, sniff.layout.names, version);
  const checker = new RowChecker(mapping, sniff.layout.names.length, sniff.encoding);
  const check = { rows: 0, added: 0, skipped: 0, rejected: 0, rejections: [] as ImportRejection[] };
  const reject = (errors: readonly ImportRejection[]) => {
    check.rejected++;
    check.rejections.push(...errors.slice(0, REJECTIONS_SHOWN - check.rejections.length));
  };
  const checked = [];
  for (const { row, record } of sniff.rows) {
    check.rows++;
    const outcome = checker.check(row, record.fields, record.quoteError);
    if ('checked' in outcome) checked.push(outcome.checked);
    else if ('skipped' in outcome) check.skipped++;
    else reject(outcome.errors);
  }
  const missing = mapping.member ? (await findMembers(db.reader, mapping.member, checked)).missing : [];
  for (const m of missing) reject([m]);
  check.added = checked.length - missing.length;
  check.rejections.sort((a, b) => a.row - b.row);
  return { ...preview, version: info, targets, columns, check };
}
