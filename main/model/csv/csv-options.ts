/**
 * How a CSV file is written: the settings of one export and the presets that fill them. Pure, so
 * the export dialog shows the same presets and preview that the core writes.
 */

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
export const csvDecimalSeparators = ['.', ','] as const;
export type CsvDecimalSeparator = (typeof csvDecimalSeparators)[number];
export const csvNewlines = ['\r\n', '\n'] as const;
export type CsvNewline = (typeof csvNewlines)[number];

export interface CsvOptions {
  delimiter: CsvDelimiter;
  /** The decimal separator of numbers the app writes (text is written as it is). */
  decimal: CsvDecimalSeparator;
  /** UTF-8 byte-order mark first: without it Excel reads UTF-8 as the system's legacy code page (mojibake). */
  bom: boolean;
  newline: CsvNewline;
  /** The formula-injection guard (csv-guard.ts); off only for machine consumers. */
  guard: boolean;
}

/**
 * What Excel expects when a file is double-clicked, by the workbench's UI language: the list
 * separator and decimal separator of that language's regional settings. zh-CN Excel uses the comma
 * and the decimal point, as English does; Russian uses the semicolon and the decimal comma.
 */
const EXCEL_BY_LANGUAGE = {
  en: { delimiter: ',', decimal: '.' },
  'zh-CN': { delimiter: ',', decimal: '.' },
  ru: { delimiter: ';', decimal: ',' },
} as const satisfies Record<string, Pick<CsvOptions, 'delimiter' | 'decimal'>>;
export type CsvLanguage = keyof typeof EXCEL_BY_LANGUAGE;

/** excelLocal ("Excel in this language") is the default; machine is RFC 4180 for programs. */
export const csvPresets = ['excelLocal', 'excelComma', 'machine'] as const;
export type CsvPreset = (typeof csvPresets)[number];

const EXCEL = { bom: true, newline: '\r\n', guard: true } as const;

export function csvPresetOptions(preset: CsvPreset, language: CsvLanguage): CsvOptions {
  switch (preset) {
    case 'excelLocal':
      return { ...EXCEL, ...EXCEL_BY_LANGUAGE[language] };
    case 'excelComma':
      return { ...EXCEL, delimiter: ',', decimal: '.' };
    case 'machine':
      return { delimiter: ',', decimal: '.', bom: false, newline: '\r\n', guard: false };
  }
}

export interface CsvOptionsProblem {
  path: (keyof CsvOptions)[];
  key: string;
  message: string;
}

/**
 * Why these settings cannot be written, or null. A decimal comma with the comma as delimiter would
 * need every number quoted, and most readers would still split it: the combination is refused.
 */
export function csvOptionsProblem(options: CsvOptions): CsvOptionsProblem | null {
  if (options.delimiter === ',' && options.decimal === ',') {
    return {
      path: ['decimal'],
      key: 'errors.csvDecimalCommaWithCommaDelimiter',
      message: 'A decimal comma cannot be used with the comma as delimiter. Choose the semicolon or tab as delimiter, or the decimal point.',
    };
  }
  return null;
}

/** A preset and the settings chosen on their own over it (an export's input). */
export interface CsvSettings extends Partial<CsvOptions> {
  preset: CsvPreset;
  language: CsvLanguage;
}

/** The options a file is written with: the preset's for the language, each setting given on its own replacing the preset's. */
export function resolveCsvOptions({ preset, language, ...own }: CsvSettings): CsvOptions {
  const base = csvPresetOptions(preset, language);
  return {
    delimiter: own.delimiter ?? base.delimiter,
    decimal: own.decimal ?? base.decimal,
    bom: own.bom ?? base.bom,
    newline: own.newline ?? base.newline,
    guard: own.guard ?? base.guard,
  };
}
