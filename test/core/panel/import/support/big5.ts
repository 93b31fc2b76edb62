import fs from 'node:fs';
import path from 'node:path';
import type { ColumnMapping } from '../../../../../main/api/member-import';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

/** The real data set (research use only: read in place, never copied into the project). */
const BIG5_TSV = path.resolve(repoRoot, '../shared/data/big5-ipip.tsv');
export const BIG5_ROWS = 19_719;

/** A temporary copy as it is, in a folder the test session may read. */
export function copyBig5(dir: string): string {
  const target = path.join(dir, 'big5-ipip.tsv');
  fs.copyFileSync(BIG5_TSV, target);
  return target;
}

/** A copy whose header names are separated by tabs like its rows (the original joins the first three with spaces). */
export function writeRepairedBig5(dir: string): string {
  const text = fs.readFileSync(BIG5_TSV, 'utf8');
  const lineEnd = text.indexOf('\n');
  const target = path.join(dir, 'big5-repaired.tsv');
  fs.writeFileSync(target, text.slice(0, lineEnd).replace(/ {2,}/g, '\t') + text.slice(lineEnd));
  return target;
}

/** The data rows as the codebook describes them, read independently of the importer. */
export function readBig5(): Record<string, string>[] {
  const lines = fs.readFileSync(BIG5_TSV, 'utf8').split('\n').filter((l) => l !== '');
  const header = lines[0]!.split(/\t| {2,}/);
  return lines.slice(1).map((line) => Object.fromEntries(line.split('\t').map((v, i) => [header[i]!, v])));
}

export const openness = (i: number) => `O${i}`;

/** country, age (collected 2012 → birth year), gender recoded from the codebook, O1–O10 → the screener. */
export const big5Mapping: ColumnMapping[] = [
  { column: 'country', target: 'country' },
  { column: 'age', target: 'age' },
  { column: 'gender', target: 'gender', recode: { '1': 'male', '2': 'female', '3': 'other', '0': null } },
  ...Array.from({ length: 10 }, (_, i): ColumnMapping => ({ column: openness(i + 1), target: `screener:ipip-openness:${i + 1}` })),
];
