import { foldText } from '@model/fold-text';
import { AppError } from '../../errors';

export interface ColumnLayout {
  /** One name per column: the header text, or "Column N" where there is none. */
  names: string[];
  /** Names that occur more than once (ignoring case and width), with their 1-based columns. */
  duplicates: { name: string; columns: number[] }[];
  /** 1-based columns whose header cell is empty. */
  unnamed: number[];
}

export const columnKey = (name: string) => foldText(name).trim();
const genericColumnName = (index: number) => `Column ${index + 1}`;

export function columnLayout(header: readonly string[] | null, width: number): ColumnLayout {
  if (!header) return { names: Array.from({ length: width }, (_, i) => genericColumnName(i)), duplicates: [], unnamed: [] };
  const unnamed: number[] = [];
  const names = header.map((h, i) => {
    const name = h.trim();
    if (name !== '') return name;
    unnamed.push(i + 1);
    return genericColumnName(i);
  });
  const seen = new Map<string, number[]>();
  names.forEach((name, i) => seen.set(columnKey(name), [...(seen.get(columnKey(name)) ?? []), i + 1]));
  const duplicates = [...seen.values()].filter((cols) => cols.length > 1).map((columns) => ({ name: names[columns[0]! - 1]!, columns }));
  return { names, duplicates, unnamed };
}

const listed = (items: readonly string[]) => items.slice(0, 20).join(', ') + (items.length > 20 ? ', …' : '');

/**
 * Looks up the columns a mapping names in the file's columns (ignoring case and width), each at most
 * once: a column the file lacks, or one named twice, is refused (VALIDATION) before any row is read.
 * The second refusal's key is `<keyPrefix>.columnTwice`, the import's own.
 */
export function columnFinder(names: readonly string[], keyPrefix: string): (name: string) => { index: number; name: string } {
  const indexByKey = new Map(names.map((n, i) => [columnKey(n), i]));
  const used = new Set<number>();
  return (name) => {
    const index = indexByKey.get(columnKey(name));
    if (index === undefined) {
      throw new AppError('VALIDATION', `The mapping names the column '${name}', which this file does not have (its columns: ${listed(names)}).`, { key: 'import.mapping.unknownColumn', params: { column: name } });
    }
    if (used.has(index)) throw new AppError('VALIDATION', `The column '${names[index]}' is mapped twice; map each column once.`, { key: `${keyPrefix}.columnTwice`, params: { column: names[index]! } });
    used.add(index);
    return { index, name: names[index]! };
  };
}
