import { describe, expect, it } from 'vitest';
import { chiSquareTest } from '@model/stats/chi-square';
import { columnLetter, columnProportionTests } from '@model/stats/column-proportions';
import { crosstabStatistics } from '@model/stats/crosstab';
import { fisherExactTwoSided } from '@model/stats/fisher-exact';
import { expectSignificantDigits } from './significant-digits';

describe('chi-square test of independence', () => {
  /**
   * Party identification by gender (General Social Survey), from Agresti, A. (2007), An
   * Introduction to Categorical Data Analysis, 2nd ed., Wiley, p. 39. The same table is the
   * example of R's chisq.test help page ("From Agresti(2007) p.39"), which prints
   * X-squared = 30.07, df = 2, p-value = 2.954e-07, and the smallest expected count 246.3547
   * (males, Independent). With df = 2 the p-value is also e^(−X²/2) exactly.
   */
  const partyByGender = [
    [762, 327, 468], // females: Democrat, Independent, Republican
    [484, 239, 477], // males
  ];

  it('reproduces the printed statistic, df and p of the Agresti (2007) table', () => {
    const result = chiSquareTest(partyByGender);
    if (!result.ok) throw new Error(result.reason);
    const { statistic, df, p, smallExpected } = result.value;
    expectSignificantDigits(statistic, 30.07, 4);
    expect(df).toBe(2);
    expectSignificantDigits(p, 2.954e-7, 4);
    expectSignificantDigits(p, Math.exp(-statistic / 2), 12);
    expectSignificantDigits(smallExpected.minimum, 246.3547, 7);
    expect(smallExpected).toMatchObject({ belowFive: 0, cells: 6, warning: false });
  });

  it('drops empty rows and columns first and says which', () => {
    const withEmpty = [
      [762, 0, 327, 468],
      [0, 0, 0, 0],
      [484, 0, 239, 477],
    ];
    const result = chiSquareTest(withEmpty);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({ df: 2, droppedRows: [1], droppedColumns: [1] });
    expectSignificantDigits(result.value.statistic, 30.07, 4);
  });

  it('gives no test when fewer than two rows or columns have any count', () => {
    expect(chiSquareTest([[5, 0], [7, 0]])).toEqual({ ok: false, reason: 'tooFewCategories' });
  });

  it("warns by Cochran's rule: any expected count below 1, or more than 20 % of them below 5", () => {
    const warningOf = (counts: number[][]) => {
      const result = chiSquareTest(counts);
      if (!result.ok) throw new Error(result.reason);
      return result.value.smallExpected;
    };
    // Equal rows: each cell's expected count is its own count. Two of ten cells at 2 (20 %): no warning.
    expect(warningOf([[20, 20, 20, 20, 2], [20, 20, 20, 20, 2]])).toMatchObject({ minimum: 2, belowFive: 2, cells: 10, warning: false });
    // Four of ten below 5 (40 %): warning.
    expect(warningOf([[20, 20, 20, 2, 2], [20, 20, 20, 2, 2]])).toMatchObject({ belowFive: 4, warning: true });
    // Two of twenty cells below 5 (10 %), but one expected count is 180/361 (< 1): warning.
    const nine = Array.from({ length: 9 }, () => 20);
    expect(warningOf([[...nine, 1], [...nine, 0]])).toMatchObject({ minimum: 180 / 361, belowFive: 2, cells: 20, warning: true });
  });
});

/** C(n, k) exactly. */
function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/**
 * Fisher's two-sided p by exact rational enumeration: every table with the same margins has
 * probability C(row1, x)·C(row2, column1 − x) / C(n, column1); sum those not more probable than the
 * observed one. Integers compare exactly, so no tolerance is needed here.
 */
function fisherByEnumeration([[a, b], [c, d]]: [[number, number], [number, number]]): number {
  const [row1, row2, column1] = [a + b, c + d, a + c];
  const weight = (x: number) => binomial(row1, x) * binomial(row2, column1 - x);
  const observed = weight(a);
  let asExtreme = 0n;
  for (let x = Math.max(0, column1 - row2); x <= Math.min(row1, column1); x++) if (weight(x) <= observed) asExtreme += weight(x);
  const total = binomial(row1 + row2, column1);
  return Number(asExtreme) / Number(total); // both far below 1e308 for these tables
}

describe("Fisher's exact test, two-sided", () => {
  it('gives 0.4857 for the tea-tasting table [[3,1],[1,3]] (Fisher 1935; Agresti 2007, §2.6)', () => {
    // Hypergeometric probabilities of x = 0…4 cups right: 1, 16, 36, 16, 1 out of C(8,4) = 70.
    // Observed x = 3 (16/70); tables as or less probable: 1 + 16 + 16 + 1 = 34, so p = 34/70.
    expectSignificantDigits(fisherExactTwoSided([[3, 1], [1, 3]]), 34 / 70, 12);
    expectSignificantDigits(fisherExactTwoSided([[3, 1], [1, 3]]), 0.4857, 4);
  });

  it('agrees with exact enumeration in whole numbers, including tied probabilities and far tails', () => {
    const tables: [[number, number], [number, number]][] = [
      [[10, 2], [3, 15]],
      [[0, 12], [9, 4]],
      [[5, 5], [5, 5]],
      [[1, 9], [11, 3]],
      [[40, 2], [3, 45]],
      [[120, 30], [60, 90]],
    ];
    for (const table of tables) expectSignificantDigits(fisherExactTwoSided(table), fisherByEnumeration(table), 9);
  });

  it('handles 100,000 respondents in one pass without underflow', () => {
    const p = fisherExactTwoSided([[25_100, 24_900], [24_900, 25_100]]);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.3);
  });
});

describe('column-proportion letters', () => {
  /**
   * A worked table: three columns with bases 100, 120 and 80, and a fourth (D) with 20 respondents,
   * below the minimum of 30, so it is not tested. Each pair's z is computed here with the pooled
   * formula written out, and its letter read against the normal critical values 2.5758 (p < 0.01,
   * upper case) and 1.9600 (p < 0.05, lower case).
   */
  const counts = [
    [60, 45, 18, 15], // Yes
    [40, 75, 62, 5], // No
  ];
  const bases = [100, 120, 80, 20];
  const pooledZ = (x1: number, n1: number, x2: number, n2: number) => {
    const p = (x1 + x2) / (n1 + n2);
    return (x1 / n1 - x2 / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  };

  it('uses the pooled z by hand: A > B and A > C at 1 %, B > C at 5 %', () => {
    expect(pooledZ(60, 100, 45, 120)).toBeCloseTo(3.3269, 4); // > 2.5758: "B" in A
    expect(pooledZ(60, 100, 18, 80)).toBeCloseTo(5.045, 3); // > 2.5758: "C" in A
    expect(pooledZ(45, 120, 18, 80)).toBeCloseTo(2.2372, 4); // between 1.96 and 2.5758: "c" in B
    const tests = columnProportionTests(counts, bases);
    expect(tests.cells.map((row) => row.map((cell) => cell.letters))).toEqual([
      ['BC', 'c', '', ''],
      ['', 'A', 'Ab', ''],
    ]);
    expect(tests.columns).toEqual([
      { letter: 'A', base: 100, tested: true },
      { letter: 'B', base: 120, tested: true },
      { letter: 'C', base: 80, tested: true },
      { letter: 'D', base: 20, tested: false },
    ]);
  });

  it('with Bonferroni, multiplies p by the 3 pairs tested in the row, so B > C (p ≈ 0.025) is dropped', () => {
    // Three tested columns give 3 pairs; the critical |z| becomes 2.9352 (1 %/3) and 2.3940 (5 %/3):
    // 3.3269 and 5.045 stay upper case, 2.2372 is no longer significant.
    const tests = columnProportionTests(counts, bases, { bonferroni: true });
    expect(tests.cells.map((row) => row.map((cell) => cell.letters))).toEqual([
      ['BC', '', '', ''],
      ['', 'A', 'A', ''],
    ]);
    const aOverB = tests.cells[0]![0]!.higherThan[0]!;
    expect(aOverB.column).toBe(1);
    expect(aOverB.p).toBeCloseTo(3 * 0.00087815, 6);
  });

  it('gives no letter where both columns are 0 % (nothing to compare)', () => {
    const tests = columnProportionTests([[0, 0], [50, 40]], [50, 40]);
    expect(tests.cells.map((row) => row.map((cell) => cell.letters))).toEqual([['', ''], ['', '']]);
  });

  it('letters columns A…Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('crosstab statistics', () => {
  it('gives column percentages of the column totals, chi-square and, for a 2×2 table, Fisher', () => {
    const stats = crosstabStatistics({ counts: [[3, 1], [1, 3], [0, 0]] });
    expect(stats.columnBases).toEqual([4, 4]);
    expect(stats.columnPercents).toEqual([[75, 25], [25, 75], [0, 0]]);
    expect(stats.chiSquare.ok && stats.chiSquare.value.droppedRows).toEqual([2]);
    expect(stats.fisher.ok && stats.fisher.value.p).toBeCloseTo(34 / 70, 12);
    expect(stats.columnProportions.columns.every((c) => !c.tested)).toBe(true);
  });

  it('skips Fisher on a table larger than 2×2', () => {
    expect(crosstabStatistics({ counts: [[3, 1, 2], [1, 3, 2]] }).fisher).toEqual({ ok: false, reason: 'notTwoByTwo' });
  });

  it('for multiple choice, bases are respondents and there is no chi-square or Fisher', () => {
    // 50 and 40 respondents answered; 35 and 20 chose "price", 30 and 30 chose "quality".
    const stats = crosstabStatistics({ counts: [[35, 20], [30, 30]], columnBases: [50, 40], multipleResponse: true });
    expect(stats.columnBases).toEqual([50, 40]);
    expect(stats.columnPercents).toEqual([[70, 50], [60, 75]]);
    expect(stats.chiSquare).toEqual({ ok: false, reason: 'multipleResponse' });
    expect(stats.fisher).toEqual({ ok: false, reason: 'multipleResponse' });
    expect(stats.columnProportions.columns.map((c) => c.base)).toEqual([50, 40]);
  });

  it('for overlapping segments there is no chi-square or Fisher', () => {
    const stats = crosstabStatistics({ counts: [[30, 25], [20, 25]], overlappingColumns: true });
    expect(stats.chiSquare).toEqual({ ok: false, reason: 'overlappingColumns' });
    expect(stats.fisher).toEqual({ ok: false, reason: 'overlappingColumns' });
  });

  it('names the cell or base that is wrong', () => {
    expect(() => crosstabStatistics({ counts: [[1, 2], [3, -1]] })).toThrow('counts[1][1] is -1; expected a whole number ≥ 0');
    expect(() => crosstabStatistics({ counts: [[1, 2], [3]] })).toThrow('counts[1] has 1 columns; expected 2 like counts[0]');
    expect(() => crosstabStatistics({ counts: [[1, 2]], multipleResponse: true })).toThrow('columnBases is required');
    expect(() => crosstabStatistics({ counts: [[5, 2], [3, 4]], columnBases: [7, 6] })).toThrow('columnBases[0] is 7; expected a whole number ≥ 8');
    expect(() => crosstabStatistics({ counts: [[5, 2], [3, 4]], columnBases: [4, 6], multipleResponse: true })).toThrow('columnBases[0] is 4; expected a whole number ≥ 5');
  });
});
