/** The CSV files the workbench writes: preset names for the export dialog, and their errors. */
export const csvEn = {
  presets: {
    excelLocal: {
      name: 'Excel in this language',
      description:
        'For a double-click in Excel: UTF-8 with a byte-order mark, and the delimiter and decimal separator that Excel uses in the workbench’s language. Cells that could run as formulas get a leading apostrophe.',
    },
    excelComma: {
      name: 'Excel, comma',
      description: 'For Excel set to another language: UTF-8 with a byte-order mark, comma delimiter and decimal point. Cells that could run as formulas get a leading apostrophe.',
    },
    machine: {
      name: 'Machine (RFC 4180)',
      description: 'For programs such as R or Python: UTF-8 without a byte-order mark, comma delimiter, decimal point, and every value exactly as stored (no apostrophes).',
    },
  },
};

export type CsvTranslations = typeof csvEn;

export const csvErrorsEn = {
  csvDecimalCommaWithCommaDelimiter: 'A decimal comma cannot be used with the comma as delimiter. Choose the semicolon or tab as delimiter, or the decimal point.',
};
