import type { ImportLanguage, ImportMode } from '@api/csv-import';
import type { CommunityField } from '@api/community-import';
import type { MemberMatch } from '@api/response-import';
import { AppError } from '../../errors';
import { recodeTable, type Recode } from '../../files/csv-import/cells';
import { columnFinder } from '../../files/csv-import/columns';
import { readableFile } from '../../files/csv-import/file-records';
import type { ReadOverrides, Sniff } from '../../files/csv-import/sniff';
import type { FactKind } from './fact-kinds';

export interface FileColumn {
  index: number;
  name: string;
}

export interface MappedField extends FileColumn {
  field: CommunityField;
  recode: Recode | null;
  required: boolean;
}

/** A mapping matched to the file's columns. */
export interface CompiledMapping<M> {
  kind: FactKind<M>;
  mapping: M;
  member: FileColumn & { by: MemberMatch };
  fields: MappedField[];
}

export interface ImportPlan<M> extends CompiledMapping<M> {
  filePath: string;
  fileName: string;
  sniff: Sniff;
  mode: ImportMode;
  language: ImportLanguage;
}

export interface ImportRequest<M> extends ReadOverrides {
  mapping: M;
  mode: ImportMode;
  language: ImportLanguage;
}

/** Matches the mapping to the file's columns (each column once) and checks it before any row is read. */
export function compileMapping<M extends { member: { column: string; by: MemberMatch }; defaultCurrency?: string; currency?: unknown }>(
  kind: FactKind<M>,
  mapping: M,
  names: readonly string[],
): CompiledMapping<M> {
  const fileColumn = columnFinder(names, 'communityImport.mappingError');
  if (kind.kind === 'transactions' && !mapping.currency && !mapping.defaultCurrency) {
    throw new AppError('VALIDATION', 'Say which currency the amounts are in: map a currency column or choose a default currency.', { key: 'communityImport.mappingError.currencyNeeded' });
  }
  const member = { ...fileColumn(mapping.member.column), by: mapping.member.by };
  const fields = kind.fields(mapping).map((f) => ({ ...fileColumn(f.column), field: f.field, recode: recodeTable(f.recode), required: f.required }));
  return { kind, mapping, member, fields };
}

/** Everything checked before the job starts: the file as a whole and the mapping. */
export async function planImport<M extends Parameters<typeof compileMapping>[1]>(
  kind: FactKind<M>,
  filePath: string,
  fileName: string,
  request: ImportRequest<M>,
  maxBytes: number,
): Promise<ImportPlan<M>> {
  const sniff = await readableFile(filePath, request, maxBytes);
  return { ...compileMapping(kind, request.mapping, sniff.layout.names), filePath, fileName, sniff, mode: request.mode, language: request.language };
}
