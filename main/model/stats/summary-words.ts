/**
 * The names of a question summary's statistics, shared by the Results panel (the renderer's
 * translations spread them in) and the exported summary, which leaves the workbench with its words.
 */
export interface SummaryStatisticWords {
  /** An answer left out of means, top-2-box and NPS ("Don't know"). */
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
  /** A number question's answers in bins: the table's caption, and an interval bin's label. */
  distribution: string;
  binRange: string;
}

export const SUMMARY_STATISTIC_WORDS: Record<'en' | 'zh-CN' | 'ru', SummaryStatisticWords> = {
  en: {
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
    distribution: 'Distribution',
    binRange: '{{from}} to under {{to}}',
  },
  'zh-CN': {
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
    distribution: '分布',
    binRange: '{{from}} 至不足 {{to}}',
  },
  ru: {
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
    distribution: 'Распределение',
    binRange: 'от {{from}} до {{to}} (не включая)',
  },
};
