import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import factorialln from '@stdlib/math-base-special-factorialln';
import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * Tail probabilities of the test distributions, as thin typed wrappers over @stdlib's special
 * functions (each package ships its own .d.ts). Every upper tail is computed directly from the
 * complementary regularised incomplete gamma or beta function, never as 1 − cdf, which would
 * round any p below about 1e-16 to 0.
 */

/** P(X ≥ x) for X ~ χ²(df): Q(df/2, x/2), the upper regularised incomplete gamma function. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** P(F ≥ f) for F ~ F(df1, df2): I_{df2/(df2 + df1·f)}(df2/2, df1/2), the regularised incomplete beta function. */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false);
}

/** P(|T| ≥ |t|) for T ~ Student's t(df): I_{df/(df + t²)}(df/2, 1/2). df need not be a whole number (Welch). */
export function studentTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return betainc(df / (df + t * t), df / 2, 0.5, true, false);
}

/** P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2). */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** ln(n!) for a whole number n ≥ 0. */
export const logFactorial = (n: number): number => factorialln(n);
