import { expect } from 'vitest';

/** Asserts that actual agrees with expected to the given number of significant digits (relative error). */
export function expectSignificantDigits(actual: number, expected: number, digits: number): void {
  const tolerance = 0.5 * 10 ** (1 - digits) * Math.abs(expected);
  expect(Math.abs(actual - expected), `${actual} vs ${expected} to ${digits} significant digits`).toBeLessThanOrEqual(tolerance);
}
