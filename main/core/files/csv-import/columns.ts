import { foldText } from '@model/fold-text';

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
