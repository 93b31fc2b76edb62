import type { CountTable } from './count-table';
import { normalTwoSided } from './distributions';

/**
 * Column-proportion tests with significance letters, as market-research tables print them. Each
 * column gets a letter (A, B, C, …). In each row, a cell carries the letter of every other column
 * whose proportion is significantly lower than its own, by a two-sided z-test of two proportions
 * with the pooled standard error:
 *
 *   p₁ = x₁/n₁, p₂ = x₂/n₂, p̂ = (x₁ + x₂)/(n₁ + n₂), z = (p₁ − p₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂))
 *
 * An UPPER-CASE letter means p < 0.01, a lower-case letter 0.01 ≤ p < 0.05 (the common convention:
 * upper case for the stricter level). With the Bonferroni correction, each p is multiplied by the
 * number of column pairs tested in that row (capped at 1). A column whose base is below the
 * minimum (30 respondents by default) is not tested, neither gaining nor giving letters.
 *
 * Bases are respondents: for a multiple-choice question, the respondents in the column who
 * answered it, not the answers. When segments overlap, a respondent in two columns is counted in
 * both samples, which the test treats as independent: the letters are then approximate.
 */
const STRICT_ALPHA = 0.01;
const ALPHA = 0.05;
const MINIMUM_TESTED_BASE = 30;

export interface ColumnProportionOptions {
  /** Multiply each p by the number of column pairs tested in the row. Default false. */
  bonferroni?: boolean;
  /** Columns with a smaller base are not tested. Default 30. */
  minimumBase?: number;
}

export interface TestedColumn {
  letter: string;
  base: number;
  /** False when the base is below the minimum: the screen says the column is too small to test. */
  tested: boolean;
}

export interface HigherThan {
  /** The column whose proportion is significantly lower. */
  column: number;
  /** Two-sided p, after the Bonferroni correction when it was asked for. */
  p: number;
}

export interface ProportionCell {
  /** Letters of the columns significantly lower, in column order; upper case at p < 0.01, e.g. "Ac". */
  letters: string;
  higherThan: HigherThan[];
}

export interface ColumnProportionTests {
  columns: TestedColumn[];
  /** cells[row][column] */
  cells: ProportionCell[][];
  bonferroni: boolean;
}

/** A, B, …, Z, AA, AB, …: bijective base 26, so any number of columns gets a distinct letter. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) letter = String.fromCharCode(65 + ((i - 1) % 26)) + letter;
  return letter;
}

/** The pooled z-test of x₁/n₁ against x₂/n₂: z (positive when the first is higher) and its two-sided p; null when both are 0 % or both 100 %. */
function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; p: number } | null {
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return null;
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
  return { z, p: normalTwoSided(z) };
}

export function columnProportionTests(counts: CountTable, bases: readonly number[], options: ColumnProportionOptions = {}): ColumnProportionTests {
  const bonferroni = options.bonferroni ?? false;
  const minimumBase = options.minimumBase ?? MINIMUM_TESTED_BASE;
  const columns = bases.map((base, c) => ({ letter: columnLetter(c), base, tested: base >= minimumBase }));
  const tested = columns.flatMap((col, c) => (col.tested ? [c] : []));
  const cells = counts.map((row) => {
    const found: { higher: number; lower: number; p: number }[] = [];
    for (let i = 0; i < tested.length; i++) {
      for (let j = i + 1; j < tested.length; j++) {
        const [a, b] = [tested[i]!, tested[j]!];
        const test = twoProportionZTest(row[a]!, bases[a]!, row[b]!, bases[b]!);
        if (test) found.push(test.z > 0 ? { higher: a, lower: b, p: test.p } : { higher: b, lower: a, p: test.p });
      }
    }
    const adjust = bonferroni ? found.length : 1;
    return row.map((_, c): ProportionCell => {
      const higherThan = found
        .filter((f) => f.higher === c && f.p * adjust < ALPHA)
        .map((f) => ({ column: f.lower, p: Math.min(1, f.p * adjust) }))
        .sort((x, y) => x.column - y.column);
      const letters = higherThan.map((h) => (h.p < STRICT_ALPHA ? columns[h.column]!.letter : columns[h.column]!.letter.toLowerCase())).join('');
      return { letters, higherThan };
    });
  });
  return { columns, cells, bonferroni };
}
