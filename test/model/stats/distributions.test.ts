import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, fUpperTail, normalTwoSided, studentTwoSided } from '@model/stats/distributions';
import { expectSignificantDigits } from './significant-digits';

/**
 * Each tail is checked against a closed form computed here by a different route (no incomplete
 * gamma or beta function), far into the tail where 1 − cdf would have returned 0.
 */

/** Upper tail of χ² with an even df, summed in closed form: e^(−x/2) Σ_{k<df/2} (x/2)^k / k!. */
function evenChiSquareTail(x: number, df: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < df / 2; k++) {
    term *= x / 2 / k;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

describe('chi-square upper tail', () => {
  it('is e^(−χ²/2) with 2 degrees of freedom, down to p ≈ 1e-20', () => {
    // χ² = 92.1, df = 2: p = e^(−46.05) = 1.0017…e-20 exactly.
    expectSignificantDigits(chiSquareUpperTail(92.1, 2), Math.exp(-46.05), 4);
    expect(chiSquareUpperTail(92.1, 2)).toBeLessThan(1e-19);
  });

  it('matches the closed form for even degrees of freedom, near and far', () => {
    for (const [x, df] of [[3, 4], [18.3, 10], [150, 6], [400, 20]] as const) {
      expectSignificantDigits(chiSquareUpperTail(x, df), evenChiSquareTail(x, df), 10);
    }
  });

  it('gives the printed 5 % and 1 % points of χ²(1): 3.841459 and 6.634897', () => {
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 7);
    expect(chiSquareUpperTail(6.634897, 1)).toBeCloseTo(0.01, 7);
  });

  it('is 1 at and below zero', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('F upper tail', () => {
  it('is (1 + 2f/df2)^(−df2/2) with df1 = 2', () => {
    for (const [f, df2] of [[1.5, 10], [15.9, 46], [400, 30]] as const) {
      expectSignificantDigits(fUpperTail(f, 2, df2), (1 + (2 * f) / df2) ** (-df2 / 2), 10);
    }
    expect(fUpperTail(400, 2, 30)).toBeLessThan(1e-21);
  });

  it('is 1 at zero and 0 at infinity', () => {
    expect(fUpperTail(0, 3, 10)).toBe(1);
    expect(fUpperTail(Infinity, 3, 10)).toBe(0);
  });
});

describe("Student's t, two-sided", () => {
  it('is 1 − (2/π)·atan|t| with 1 degree of freedom (Cauchy)', () => {
    for (const t of [0.5, 1, 3]) expectSignificantDigits(studentTwoSided(t, 1), 1 - (2 / Math.PI) * Math.atan(t), 10);
  });

  it('is 2 / (√(2+t²)·(√(2+t²) + |t|)) with 2 degrees of freedom, far into the tail', () => {
    for (const t of [-0.8, 2.5, 1e6]) {
      const s = Math.sqrt(2 + t * t);
      expectSignificantDigits(studentTwoSided(t, 2), 2 / (s * (s + Math.abs(t))), 10);
    }
  });
});

describe('standard normal, two-sided', () => {
  it('gives 0.05 at z = 1.959964 and 0.01 at z = 2.575829', () => {
    expect(normalTwoSided(1.959963984540054)).toBeCloseTo(0.05, 12);
    expect(normalTwoSided(-2.5758293035489)).toBeCloseTo(0.01, 12);
  });

  it('matches the Mills-ratio series far out (z = 10, p ≈ 1.5e-23)', () => {
    // 2·φ(z)/z·(1 − 1/z² + 3/z⁴ − 15/z⁶ + 105/z⁸); the next term is 945/z¹⁰ = 1e-7 relative.
    const z = 10;
    const series = 1 - 1 / z ** 2 + 3 / z ** 4 - 15 / z ** 6 + 105 / z ** 8;
    const expected = ((2 * Math.exp((-z * z) / 2)) / Math.sqrt(2 * Math.PI) / z) * series;
    expectSignificantDigits(normalTwoSided(z), expected, 6);
  });
});
