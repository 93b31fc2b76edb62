import type { ImportLanguage, ImportMode } from '@api/csv-import';
import type { CommunityField } from '@api/community-import';
import type { MemberMatch } from '@api/response-import';
import { AppError } from '../../errors';
import { recodeTable, type Recode } from '../../files/csv-import/cells';
import { columnKey } from '../../files/csv-import/columns';
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

const list = (items: readonly string[]) => items.slice(0, 20).join(', ') + (items.length > 20 ? ', …' : '');

/** Matches the mapping to the file's columns (each column once) and checks it before any row is read. */
export function compileMapping<M extends { member: { column: string; by: MemberMatch }; defaultCurrency?: string; currency?: unknown }>(
  kind: FactKind<M>,
  mapping: M,
  names: readonly string[],
): CompiledMapping<M> {
  const indexByKey = new Map(names.map((n, i) => [columnKey(n), i]));
  const used = new Set<number>();
  const fileColumn = (name: string): FileColumn => {
    const index = indexByKey.get(columnKey(name));
    if (index === undefined) {
      throw new AppError('VALIDATION', `The mapping names the column '${name}', which this file does not have (its columns: ${list(names)}).`, { key: 'import.mapping.unknownColumn', params: { column: name } });
    }
    if (used.has(index)) throw new AppError('VALIDATION', `The column '${names[index]}' is mapped twice; map each column once.`, { key: 'communityImport.mappingError.columnTwice', params: { column: names[index]! } });
    used.add(index);
    return { index, name: names[index]! };
  };
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
