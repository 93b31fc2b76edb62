import { describe, expect, it } from 'vitest';
import { csvOptionsProblem, csvPresetOptions, csvPresets, resolveCsvOptions, type CsvOptions } from '@model/csv/csv-options';

describe('csvPresetOptions', () => {
  it('"Excel in this language" follows what Excel expects for the UI language', () => {
    const excel = { bom: true, newline: '\r\n', guard: true };
    expect(csvPresetOptions('excelLocal', 'en')).toEqual({ ...excel, delimiter: ',', decimal: '.' });
    // zh-CN Excel uses the comma and the decimal point.
    expect(csvPresetOptions('excelLocal', 'zh-CN')).toEqual({ ...excel, delimiter: ',', decimal: '.' });
    expect(csvPresetOptions('excelLocal', 'ru')).toEqual({ ...excel, delimiter: ';', decimal: ',' });
  });

  it('"Excel, comma" is the same in every language', () => {
    for (const language of ['en', 'zh-CN', 'ru'] as const) {
      expect(csvPresetOptions('excelComma', language)).toEqual({ delimiter: ',', decimal: '.', bom: true, newline: '\r\n', guard: true });
    }
  });

  it('"Machine" is RFC 4180: comma, CRLF, UTF-8 without BOM, no guard', () => {
    expect(csvPresetOptions('machine', 'ru')).toEqual({ delimiter: ',', decimal: '.', bom: false, newline: '\r\n', guard: false });
  });

  it('every preset gives options that can be written', () => {
    for (const preset of csvPresets) for (const language of ['en', 'zh-CN', 'ru'] as const) expect(csvOptionsProblem(csvPresetOptions(preset, language))).toBeNull();
  });
});

describe('csvOptionsProblem', () => {
  const base: CsvOptions = { delimiter: ';', decimal: ',', bom: true, newline: '\n', guard: true };

  it('refuses a decimal comma with the comma as delimiter, naming the setting', () => {
    expect(csvOptionsProblem({ ...base, delimiter: ',' })).toEqual({
      path: ['decimal'],
      key: 'errors.csvDecimalCommaWithCommaDelimiter',
      message: expect.stringContaining('decimal comma') as string,
    });
  });

  it('accepts a decimal comma with a semicolon or tab, and a decimal point with any delimiter', () => {
    expect(csvOptionsProblem(base)).toBeNull();
    expect(csvOptionsProblem({ ...base, delimiter: '\t' })).toBeNull();
    for (const delimiter of [',', ';', '\t'] as const) expect(csvOptionsProblem({ ...base, delimiter, decimal: '.' })).toBeNull();
  });
});

describe('resolveCsvOptions', () => {
  it("starts from the preset for the language and takes each setting given on its own over it", () => {
    expect(resolveCsvOptions({ preset: 'excelLocal', language: 'ru' })).toEqual(csvPresetOptions('excelLocal', 'ru'));
    expect(resolveCsvOptions({ preset: 'excelLocal', language: 'ru', delimiter: '\t', bom: false })).toEqual({ delimiter: '\t', decimal: ',', bom: false, newline: '\r\n', guard: true });
    expect(resolveCsvOptions({ preset: 'machine', language: 'en', guard: true, newline: '\n' })).toEqual({ delimiter: ',', decimal: '.', bom: false, newline: '\n', guard: true });
  });
});
