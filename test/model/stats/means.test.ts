import { describe, expect, it } from 'vitest';
import { sampleSd, summarizeTable, summarizeValues } from '@model/stats/group-summary';
import { compareMeans, oneWayAnova, welchTTest } from '@model/stats/means';
import { expectSignificantDigits } from './significant-digits';

/**
 * NIST Statistical Reference Datasets, one-way ANOVA (public domain; itl.nist.gov/div898/strd/anova/).
 * SiRstv: silicon resistivity, 5 instruments × 5 readings, "3 constant leading digits", lower
 * difficulty; certified F = 1.18046237440255E+00 with 4 and 20 degrees of freedom.
 * AtmWtAg: atomic weight of silver, 2 instruments × 24 readings, "7 constant leading digits",
 * average difficulty (Powell, Murphy & Gramlich 1982); certified F = 1.59467335677930E+01 with 1 and 46.
 */
const siRstv = [
  [196.3052, 196.124, 196.189, 196.2569, 196.3403],
  [196.3042, 196.3825, 196.1669, 196.3257, 196.0422],
  [196.1303, 196.2005, 196.2889, 196.0343, 196.1811],
  [196.2795, 196.1748, 196.1494, 196.1485, 195.9885],
  [196.2119, 196.1051, 196.185, 196.0052, 196.209],
];
const atmWtAg = [
  [
    107.8681568, 107.8681465, 107.8681572, 107.8681785, 107.8681446, 107.8681903, 107.8681526, 107.8681494, 107.8681616, 107.8681587, 107.8681519,
    107.8681486, 107.8681419, 107.8681569, 107.8681508, 107.8681672, 107.8681385, 107.8681518, 107.8681662, 107.8681424, 107.868136, 107.8681333,
    107.868161, 107.8681477,
  ],
  [
    107.8681079, 107.8681344, 107.8681513, 107.8681197, 107.8681604, 107.8681385, 107.8681642, 107.8681365, 107.8681151, 107.8681082, 107.8681517,
    107.8681448, 107.8681198, 107.8681482, 107.8681334, 107.8681609, 107.8681101, 107.8681512, 107.8681469, 107.868136, 107.8681254, 107.8681261,
    107.868145, 107.8681368,
  ],
];

/**
 * P(F(df1, df2) ≥ f) for an even df1 = 2m, as a finite sum (no incomplete beta function):
 * y^(df2/2) Σ_{j<m} [Γ(df2/2 + j) / (Γ(df2/2) j!)] (1 − y)^j with y = df2 / (df2 + df1·f).
 */
function evenF(f: number, df1: number, df2: number): number {
  const y = df2 / (df2 + df1 * f);
  let term = 1;
  let sum = 1;
  for (let j = 1; j < df1 / 2; j++) {
    term *= ((df2 / 2 + j - 1) / j) * (1 - y);
    sum += term;
  }
  return y ** (df2 / 2) * sum;
}

describe('one-way ANOVA', () => {
  it('reproduces the NIST certified F of SiRstv, and its p by a closed form', () => {
    const result = oneWayAnova(siRstv.map(summarizeValues));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({ df1: 4, df2: 20, groups: 5 });
    expectSignificantDigits(result.value.f, 1.18046237440255, 10);
    expectSignificantDigits(result.value.p, evenF(1.18046237440255, 4, 20), 8);
  });

  it('reproduces the NIST certified F of AtmWtAg, seven constant leading digits and all', () => {
    const result = oneWayAnova(atmWtAg.map(summarizeValues));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({ df1: 1, df2: 46, groups: 2 });
    expectSignificantDigits(result.value.f, 15.946733567793, 8);
  });

  it('leaves empty columns out and needs two columns with values and some spread', () => {
    const [g1, g2] = siRstv.map(summarizeValues);
    const withEmpty = oneWayAnova([g1!, summarizeValues([]), g2!]);
    expect(withEmpty.ok && withEmpty.value).toMatchObject({ df1: 1, df2: 8, groups: 2 });
    expect(oneWayAnova([g1!, summarizeValues([])])).toEqual({ ok: false, reason: 'tooFewValues' });
    expect(oneWayAnova([summarizeValues([3]), summarizeValues([4])])).toEqual({ ok: false, reason: 'tooFewValues' });
    expect(oneWayAnova([summarizeValues([3, 3]), summarizeValues([4, 4])])).toEqual({ ok: false, reason: 'noVariance' });
  });
});

describe("Welch's t-test", () => {
  /**
   * Student's (1908) sleep data, as R's datasets::sleep: extra hours of sleep with two drugs, ten
   * patients each. R's documented t.test(extra ~ group, data = sleep) prints the Welch test:
   * t = -1.8608, df = 17.776, p-value = 0.07939 (means 0.75 and 2.33).
   */
  const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it('reproduces R’s printed t, Welch–Satterthwaite df and two-sided p for the sleep data', () => {
    const result = welchTTest(summarizeValues(drug1), summarizeValues(drug2));
    if (!result.ok) throw new Error(result.reason);
    expectSignificantDigits(result.value.t, -1.8608, 5);
    expectSignificantDigits(result.value.df, 17.776, 5);
    expectSignificantDigits(result.value.p, 0.07939, 4);
    expect(result.value.difference).toBeCloseTo(-1.58, 12);
  });

  it('needs two values per group and some spread', () => {
    expect(welchTTest(summarizeValues([1]), summarizeValues(drug2))).toEqual({ ok: false, reason: 'tooFewValues' });
    expect(welchTTest(summarizeValues([2, 2]), summarizeValues([5, 5, 5]))).toEqual({ ok: false, reason: 'noVariance' });
  });
});

describe('means by column', () => {
  const drug1 = summarizeValues([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
  const drug2 = summarizeValues([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

  it('gives n, mean and sample sd per column, ANOVA, and Welch with two columns', () => {
    const result = compareMeans([drug1, drug2]);
    expect(result.columns[0]!.n).toBe(10);
    expect(result.columns[0]!.mean).toBeCloseTo(0.75, 12);
    // Sample sd (n − 1) of drug 1: Σ(x − 0.75)² = 32.545… over 9.
    expect(result.columns[0]!.sd).toBeCloseTo(Math.sqrt(drug1.sumOfSquares / 9), 12);
    expect(result.anova.ok && result.welch.ok).toBe(true);
    // With two groups F = t² of the pooled-variance t test; with equal n Welch's t is that t.
    if (result.anova.ok && result.welch.ok) expectSignificantDigits(result.anova.value.f, result.welch.value.t ** 2, 12);
  });

  it('gives no Welch test with three columns, and no test at all for overlapping segments', () => {
    expect(compareMeans([drug1, drug2, drug1]).welch).toEqual({ ok: false, reason: 'notTwoColumns' });
    const overlapping = compareMeans([drug1, drug2], { overlappingColumns: true });
    expect(overlapping.anova).toEqual({ ok: false, reason: 'overlappingColumns' });
    expect(overlapping.welch).toEqual({ ok: false, reason: 'overlappingColumns' });
    expect(overlapping.columns[1]!.mean).toBeCloseTo(2.33, 12);
  });

  it('gives a null mean and sd for an empty column, and a null sd for one value', () => {
    expect(compareMeans([summarizeValues([]), summarizeValues([4])]).columns).toEqual([
      { n: 0, mean: null, sd: null },
      { n: 1, mean: 4, sd: null },
    ]);
  });
});

describe('group summaries', () => {
  it('keep the spread of values with many equal leading digits (NIST NumAcc4 pattern)', () => {
    // 10000000.2 once, 10000000.1 and 10000000.3 500 times each: deviations ±0.1, so sd = √(1000·0.01/1000) = 0.1.
    const g = summarizeTable([
      { value: 10000000.1, count: 500 },
      { value: 10000000.2, count: 1 },
      { value: 10000000.3, count: 500 },
    ]);
    expect(g.n).toBe(1001);
    expectSignificantDigits(g.mean, 10000000.2, 14);
    expectSignificantDigits(sampleSd(g)!, 0.1, 8);
  });

  it('give the same summary from a frequency table as from the values', () => {
    const fromValues = summarizeValues([1, 2, 2, 3, 3, 3]);
    const fromTable = summarizeTable([{ value: 1, count: 1 }, { value: 2, count: 2 }, { value: 3, count: 3 }]);
    expect(fromTable.n).toBe(fromValues.n);
    expect(fromTable.mean).toBeCloseTo(fromValues.mean, 14);
    expect(fromTable.sumOfSquares).toBeCloseTo(fromValues.sumOfSquares, 14);
  });
});
