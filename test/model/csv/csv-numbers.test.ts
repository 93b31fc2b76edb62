import { describe, expect, it } from 'vitest';
import { formatCsvNumber } from '@model/csv/csv-numbers';

const readBack = (text: string) => Number(text.replace(',', '.'));

describe('formatCsvNumber', () => {
  it.each([
    [7, '.', '7'],
    [7.0, '.', '7'],
    [-5, '.', '-5'],
    [2.5, '.', '2.5'],
    [2.5, ',', '2,5'],
    [-0.125, ',', '-0,125'],
    [0.1 + 0.2, '.', '0.30000000000000004'],
    [-0, '.', '0'],
    [123456789012, ',', '123456789012'],
    // Plain digits from 1e-6 up to (not including) 1e21, as JavaScript writes them.
    [1e20, '.', '100000000000000000000'],
    [0.000001, '.', '0.000001'],
    [123456.789e-10, ',', '0,0000123456789'],
    // Beyond that, exponent notation, which Excel, LibreOffice and R all read as a number.
    [1e21, '.', '1e+21'],
    [-2.5e25, ',', '-2,5e+25'],
    [1.5e-7, '.', '1.5e-7'],
    [1.5e-7, ',', '1,5e-7'],
  ] as const)('%s with "%s" is %s', (n, decimal, text) => {
    expect(formatCsvNumber(n, decimal)).toBe(text);
  });

  it('writes a number that is not finite as an empty cell', () => {
    for (const n of [Number.NaN, Infinity, -Infinity]) expect(formatCsvNumber(n, '.')).toBe('');
  });

  it('reads back as exactly the same number, with either separator', () => {
    const values = [Math.PI, -Math.E, 1 / 3, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, Number.MAX_VALUE, 5e-324, 0.1, 1e-6, 9.999999999999999e20];
    for (const n of values) for (const decimal of ['.', ','] as const) expect(readBack(formatCsvNumber(n, decimal))).toBe(n);
  });
});
