import type { IndependenceSkipReason } from '@model/stats/crosstab';
import type { MeansSkipReason } from '@model/stats/means';

type Language = 'en' | 'zh-CN' | 'ru';

/** The words of an exported crosstab (the file leaves the workbench, so it cannot use the renderer's translations); they follow the analysis screen's. */
interface CrosstabWords {
  answer: string;
  column: string;
  count: string;
  percent: string;
  letters: string;
  base: string;
  lettersNote: string;
  lettersBonferroni: string;
  notTested: (min: number, columns: string) => string;
  smallExpected: (minimum: string, belowFive: number, cells: number) => string;
  overlapping: (count: number) => string;
  chiSquare: string;
  fisher: string;
  anova: string;
  welch: string;
  skipped: Record<IndependenceSkipReason, string>;
  meansSkipped: Record<MeansSkipReason, string>;
}

export const CROSSTAB_WORDS: Record<Language, CrosstabWords> = {
  en: {
    answer: 'Answer',
    column: 'Column',
    count: 'n',
    percent: '%',
    letters: 'sig.',
    base: 'Base',
    lettersNote: 'Letters mark a column significantly higher than the lettered column (z-test of column proportions): upper case p < 0.01, lower case p < 0.05.',
    lettersBonferroni: 'p-values are Bonferroni-corrected for the number of column pairs.',
    notTested: (min, columns) => `Not tested (base under ${min}): ${columns}.`,
    smallExpected: (minimum, belowFive, cells) => `Small expected counts (smallest ${minimum}; ${belowFive} of ${cells} cells under 5): read the chi-square with caution.`,
    overlapping: (count) => `${count} respondents are in more than one column.`,
    chiSquare: 'Chi-square',
    fisher: 'Fisher’s exact test (two-sided)',
    anova: 'One-way ANOVA',
    welch: 'Welch’s t-test',
    skipped: {
      multipleResponse: 'No chi-square: respondents can give several answers, so the bases are respondents and the cells are not independent.',
      overlappingColumns: 'No chi-square: respondents are in more than one column, so the bases are respondents and the columns are not independent.',
      tooFewCategories: 'No chi-square: fewer than two answers or columns have any responses.',
      notTwoByTwo: 'Fisher’s exact test is given for 2 × 2 tables only.',
    },
    meansSkipped: {
      overlappingColumns: 'No ANOVA or t-test: respondents are in more than one column.',
      notTwoColumns: 'Welch’s t-test compares two columns; ANOVA compares them all.',
      tooFewValues: 'Too few answers for a test.',
      noVariance: 'The answers do not vary, so there is nothing to test.',
    },
  },
  'zh-CN': {
    answer: '答案',
    column: '列',
    count: '人数',
    percent: '%',
    letters: '显著性',
    base: '基数',
    lettersNote: '字母表示该列显著高于对应字母的列（列比例 z 检验）：大写 p < 0.01，小写 p < 0.05。',
    lettersBonferroni: 'p 值已按列对的数量进行 Bonferroni 校正。',
    notTested: (min, columns) => `未检验（基数低于 ${min}）：${columns}。`,
    smallExpected: (minimum, belowFive, cells) => `期望频数偏小（最小为 ${minimum}；${cells} 个单元格中有 ${belowFive} 个低于 5）：请谨慎解读卡方检验结果。`,
    overlapping: (count) => `有 ${count} 名答题者同时属于多个列。`,
    chiSquare: '卡方检验',
    fisher: 'Fisher 精确检验（双侧）',
    anova: '单因素方差分析',
    welch: 'Welch t 检验',
    skipped: {
      multipleResponse: '未做卡方检验：答题者可选择多个答案，因此基数为答题人数，各单元格并不独立。',
      overlappingColumns: '未做卡方检验：有答题者同时属于多个列，因此基数为答题人数，各列并不独立。',
      tooFewCategories: '未做卡方检验：有回答的答案或列少于两个。',
      notTwoByTwo: 'Fisher 精确检验仅适用于 2 × 2 表。',
    },
    meansSkipped: {
      overlappingColumns: '未做方差分析和 t 检验：有答题者同时属于多个列。',
      notTwoColumns: 'Welch t 检验只比较两列；方差分析比较所有列。',
      tooFewValues: '回答太少，无法检验。',
      noVariance: '回答没有差异，无可检验。',
    },
  },
  ru: {
    answer: 'Ответ',
    column: 'Столбец',
    count: 'n',
    percent: '%',
    letters: 'знач.',
    base: 'База',
    lettersNote: 'Буквы отмечают столбец, значимо превышающий столбец с этой буквой (z-тест долей): заглавная — p < 0,01, строчная — p < 0,05.',
    lettersBonferroni: 'p-значения скорректированы по Бонферрони на число пар столбцов.',
    notTested: (min, columns) => `Не проверялись (база меньше ${min}): ${columns}.`,
    smallExpected: (minimum, belowFive, cells) => `Малые ожидаемые частоты (наименьшая ${minimum}; меньше 5 в ${belowFive} из ${cells} ячеек): к хи-квадрату относитесь с осторожностью.`,
    overlapping: (count) => `Респондентов, входящих больше чем в один столбец: ${count}.`,
    chiSquare: 'Хи-квадрат',
    fisher: 'Точный тест Фишера (двусторонний)',
    anova: 'Однофакторный дисперсионный анализ',
    welch: 't-тест Уэлча',
    skipped: {
      multipleResponse: 'Хи-квадрат не считается: респонденты могут дать несколько ответов, поэтому базы — это респонденты, а ячейки не независимы.',
      overlappingColumns: 'Хи-квадрат не считается: респонденты входят больше чем в один столбец, поэтому базы — это респонденты, а столбцы не независимы.',
      tooFewCategories: 'Хи-квадрат не считается: ответы есть меньше чем в двух строках или столбцах.',
      notTwoByTwo: 'Точный тест Фишера даётся только для таблиц 2 × 2.',
    },
    meansSkipped: {
      overlappingColumns: 'Дисперсионный анализ и t-тест не считаются: респонденты входят больше чем в один столбец.',
      notTwoColumns: 't-тест Уэлча сравнивает два столбца; дисперсионный анализ — все.',
      tooFewValues: 'Слишком мало ответов для проверки.',
      noVariance: 'Ответы не различаются, проверять нечего.',
    },
  },
};
