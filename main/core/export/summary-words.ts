import type { CROSSTAB_WORDS } from './crosstab-words';

/** The words of an exported question summary (the file leaves the workbench, so it cannot use the renderer's translations); they follow the analysis screen's. */
interface SummaryWords {
  row: string;
  item: string;
  count: string;
  percent: string;
  value: string;
  texts: string;
  note: string;
  responses: string;
  base: string;
  notCounted: string;
  n: string;
  mean: string;
  median: string;
  sd: string;
  min: string;
  max: string;
  topTwoBox: string;
  nps: string;
  promoters: string;
  passives: string;
  detractors: string;
}

export const SUMMARY_WORDS: Record<keyof typeof CROSSTAB_WORDS, SummaryWords> = {
  en: {
    row: 'Row',
    item: 'Answer or statistic',
    count: 'Count',
    percent: 'Percent',
    value: 'Value',
    texts: 'Answers with it',
    note: 'Note',
    responses: 'Complete responses',
    base: 'Answered',
    notCounted: 'not in means',
    n: 'Answers counted',
    mean: 'Mean',
    median: 'Median',
    sd: 'Standard deviation',
    min: 'Lowest',
    max: 'Highest',
    topTwoBox: 'Top-2-box',
    nps: 'Net Promoter Score',
    promoters: 'Promoters (9–10)',
    passives: 'Passives (7–8)',
    detractors: 'Detractors (0–6)',
  },
  'zh-CN': {
    row: '行',
    item: '答案或统计量',
    count: '人数',
    percent: '百分比',
    value: '数值',
    texts: '包含该词的回答',
    note: '备注',
    responses: '完整答卷',
    base: '作答人数',
    notCounted: '不计入均值',
    n: '计入的回答数',
    mean: '均值',
    median: '中位数',
    sd: '标准差',
    min: '最低',
    max: '最高',
    topTwoBox: '前两项占比（Top-2-box）',
    nps: '净推荐值（NPS）',
    promoters: '推荐者（9–10）',
    passives: '被动者（7–8）',
    detractors: '贬损者（0–6）',
  },
  ru: {
    row: 'Строка',
    item: 'Ответ или показатель',
    count: 'Число',
    percent: 'Процент',
    value: 'Значение',
    texts: 'Ответов с ним',
    note: 'Примечание',
    responses: 'Завершённых анкет',
    base: 'Ответили на вопрос',
    notCounted: 'не входит в среднее',
    n: 'Учтено ответов',
    mean: 'Среднее',
    median: 'Медиана',
    sd: 'Стандартное отклонение',
    min: 'Минимум',
    max: 'Максимум',
    topTwoBox: 'Top-2-box (две высшие оценки)',
    nps: 'Индекс NPS',
    promoters: 'Сторонники (9–10)',
    passives: 'Нейтральные (7–8)',
    detractors: 'Критики (0–6)',
  },
};
