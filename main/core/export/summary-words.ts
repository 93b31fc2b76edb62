import { SUMMARY_STATISTIC_WORDS, type SummaryStatisticWords } from '@model/stats/summary-words';

/** The words of an exported question summary (the file leaves the workbench, so it cannot use the renderer's translations): the statistics' names the Results panel uses, and the file's columns. */
interface SummaryWords extends SummaryStatisticWords {
  row: string;
  item: string;
  count: string;
  percent: string;
  value: string;
  texts: string;
  note: string;
  responses: string;
  base: string;
}

export const SUMMARY_WORDS: Record<keyof typeof SUMMARY_STATISTIC_WORDS, SummaryWords> = {
  en: {
    ...SUMMARY_STATISTIC_WORDS.en,
    row: 'Row',
    item: 'Answer or statistic',
    count: 'Count',
    percent: 'Percent',
    value: 'Value',
    texts: 'Answers with it',
    note: 'Note',
    responses: 'Complete responses',
    base: 'Answered',
  },
  'zh-CN': {
    ...SUMMARY_STATISTIC_WORDS['zh-CN'],
    row: '行',
    item: '答案或统计量',
    count: '人数',
    percent: '百分比',
    value: '数值',
    texts: '包含该词的回答',
    note: '备注',
    responses: '完整答卷',
    base: '作答人数',
  },
  ru: {
    ...SUMMARY_STATISTIC_WORDS.ru,
    row: 'Строка',
    item: 'Ответ или показатель',
    count: 'Число',
    percent: 'Процент',
    value: 'Значение',
    texts: 'Ответов с ним',
    note: 'Примечание',
    responses: 'Завершённых анкет',
    base: 'Ответили на вопрос',
  },
};
