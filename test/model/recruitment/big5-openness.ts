import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const BIG5_FILE = path.resolve(repoRoot, '../shared/data/big5-ipip.tsv');

/**
 * Raw O1–O10 answers of every respondent in big5-ipip.tsv (0 = missed). The header is damaged
 * (55 names for 57 fields), so columns are taken by position: O1–O10 are the last ten fields.
 */
export function big5OpennessAnswers(): number[][] {
  return fs
    .readFileSync(BIG5_FILE, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.split('\t');
      if (fields.length !== 57) throw new Error(`expected 57 fields, got ${fields.length}`);
      return fields.slice(-10).map(Number);
    });
}
