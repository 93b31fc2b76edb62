import type { csvErrorsEn, CsvTranslations } from './en';

/** 工作台写出的 CSV 文件：导出对话框中的预设名称及相关错误。 */
export const csvZhCN: CsvTranslations = {
  presets: {
    excelLocal: {
      name: '适合本语言的 Excel',
      description: '双击即可在 Excel 中打开：带字节顺序标记（BOM）的 UTF-8，分隔符和小数点与工作台当前语言下的 Excel 一致。可能被当作公式执行的单元格前会加一个撇号。',
    },
    excelComma: {
      name: 'Excel（逗号分隔）',
      description: '适用于设置为其他语言的 Excel：带字节顺序标记（BOM）的 UTF-8，逗号分隔，小数点。可能被当作公式执行的单元格前会加一个撇号。',
    },
    machine: {
      name: '供程序读取（RFC 4180）',
      description: '适用于 R、Python 等程序：不带字节顺序标记的 UTF-8，逗号分隔，小数点，所有值与存储的完全一致（不加撇号）。',
    },
  },
};

export const csvErrorsZhCN: typeof csvErrorsEn = {
  csvDecimalCommaWithCommaDelimiter: '小数逗号不能与逗号分隔符同时使用。请选择分号或制表符作为分隔符，或改用小数点。',
};
