import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { surveyDefinition, type SurveyDefinition, type SurveyDefinitionInput, type SurveyLanguage } from '../../main/model/survey/definition';
import { estimateLength } from '../../main/model/survey/estimate-length';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/**
 * The length estimator alone on a 200-question survey of mixed types with realistic text, in
 * English and in Chinese. The designer re-estimates on every edit, so the target applies to that:
 * one question's text changed, the rest as before. Also measured: the first estimate of a survey
 * never seen (every text segmented; each run gets fresh texts), a repeat with nothing changed, and
 * as the floor of that first estimate, segmenting the same texts with Intl.Segmenter and nothing else.
 */
const QUESTIONS = 200;
const RUNS = 31;
const TARGET_MS = 2;

const log = (message: string) => process.stderr.write(`[survey.estimate] ${message}\n`);

type QuestionInput = SurveyDefinitionInput['pages'][number]['questions'][number];

const phrases = {
  en: {
    topics: ['the mobile app', 'our customer support', 'the checkout process', 'search results', 'delivery times', 'the monthly newsletter', 'product quality', 'the loyalty programme', 'our prices', 'the community forum'],
    single: (t: string) => `How often did you use ${t} in the last three months?`,
    likert: (t: string) => `Overall, I am satisfied with ${t}.`,
    multi: (t: string) => `Which of these did you notice about ${t}? Choose all that apply.`,
    matrix: (t: string) => `Please rate ${t} on each of the following aspects.`,
    nps: (t: string) => `How likely are you to recommend ${t} to a friend or colleague?`,
    number: (t: string) => `Roughly how many minutes a week do you spend on ${t}?`,
    text: (t: string) => `In a few words, what is the one thing you would change about ${t}?`,
    info: (t: string) => `The next questions are about ${t}. There are no right or wrong answers; we want your honest opinion, and it will only be reported together with others.`,
    help: 'Think of your own experience, not what you heard from others.',
    frequency: ['Every day', 'A few times a week', 'About once a week', 'Less often', 'Never'],
    agree: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    aspects: ['Ease of use', 'Speed', 'Reliability', 'Value for money', 'Look and feel'],
    notice: ['It got faster', 'It got slower', 'New features', 'Fewer errors', 'Clearer wording', 'None of these'],
  },
  'zh-CN': {
    topics: ['手机应用', '客户服务', '结账流程', '搜索结果', '送货时间', '每月通讯', '产品质量', '会员计划', '价格', '社区论坛'],
    single: (t: string) => `在过去三个月里，您多久使用一次${t}？`,
    likert: (t: string) => `总体而言，我对${t}感到满意。`,
    multi: (t: string) => `关于${t}，您注意到了以下哪些变化？可多选。`,
    matrix: (t: string) => `请就以下各方面对${t}进行评价。`,
    nps: (t: string) => `您向朋友或同事推荐${t}的可能性有多大？`,
    number: (t: string) => `您每周大约花多少分钟在${t}上？`,
    text: (t: string) => `请用几句话说明，您最希望${t}改变哪一点？`,
    info: (t: string) => `接下来的问题与${t}有关。答案没有对错之分；我们希望听到您的真实想法，结果只会以汇总形式报告。`,
    help: '请根据您自己的经历回答，而不是别人告诉您的内容。',
    frequency: ['每天', '每周几次', '大约每周一次', '更少', '从不'],
    agree: ['非常不同意', '不同意', '既不同意也不反对', '同意', '非常同意'],
    aspects: ['易用性', '速度', '可靠性', '性价比', '外观'],
    notice: ['变快了', '变慢了', '新功能', '错误更少', '措辞更清楚', '都没有'],
  },
} as const;

const TYPES = ['single', 'likert', 'multi', 'single', 'matrix', 'likert', 'nps', 'number', 'single', 'text', 'likert', 'info'] as const;

/** A survey whose every text carries `wave`, so each wave's texts are new to the estimator (also the designer benchmark's survey). */
export function buildSurvey(language: SurveyLanguage & keyof typeof phrases, wave: number): SurveyDefinition {
  const p = phrases[language];
  const options = (labels: readonly string[]) => labels.map((label, i) => ({ code: String(i + 1), label: `${label} ${wave}` }));
  const questions = Array.from({ length: QUESTIONS }, (_, i): QuestionInput => {
    const type = TYPES[i % TYPES.length]!;
    const topic = `${p.topics[i % p.topics.length]!} ${wave}.${i}`;
    const base = { id: `q${i + 1}`, text: p[type](topic), help: i % 4 === 0 ? p.help : null };
    switch (type) {
      case 'single': return { ...base, type, options: options(p.frequency) };
      case 'likert': return { ...base, type, options: options(p.agree) };
      case 'multi': return { ...base, type, options: options(p.notice) };
      case 'matrix': return { ...base, type, options: options(p.agree), rows: p.aspects.map((label, r) => ({ id: `r${r}`, label: `${label} ${wave}` })) };
      case 'nps': case 'number': case 'text': case 'info': return { ...base, type };
    }
  });
  return surveyDefinition.parse({ language, pages: Array.from({ length: QUESTIONS / 20 }, (_, k) => ({ id: `p${k + 1}`, questions: questions.slice(k * 20, k * 20 + 20) })) });
}

const time = (fn: () => unknown) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenting each distinct text of the survey once, with nothing else: the floor under a first estimate. */
function segmentOnly(definition: SurveyDefinition): number {
  const segmenter = segmenters.get(definition.language) ?? new Intl.Segmenter(definition.language, { granularity: 'word' });
  segmenters.set(definition.language, segmenter);
  const texts = new Set(definition.pages.flatMap((page) =>
    page.questions.flatMap((q) => [q.text, q.help ?? '', ...('options' in q ? q.options.map((o) => o.label) : []), ...(q.type === 'matrix' ? q.rows.map((r) => r.label) : [])]),
  ));
  return time(() => {
    let words = 0;
    for (const text of texts) for (const s of segmenter.segment(text)) if (s.isWordLike) words++;
    return words;
  });
}

function measure(language: 'en' | 'zh-CN', firstWave: number): Measurement {
  const cold: number[] = [];
  const afterEdit: number[] = [];
  const repeat: number[] = [];
  const floor: number[] = [];
  let result = estimateLength(buildSurvey(language, firstWave));
  for (let run = 1; run <= RUNS; run++) {
    const fresh = buildSurvey(language, firstWave + run);
    floor.push(segmentOnly(buildSurvey(language, firstWave + RUNS + run)));
    cold.push(time(() => (result = estimateLength(fresh))));
    repeat.push(time(() => estimateLength(fresh)));
    // The designer's case: the researcher typed into one question.
    const [page, ...rest] = fresh.pages;
    const edited: SurveyDefinition = { ...fresh, pages: [{ ...page!, questions: page!.questions.map((q, i) => (i === run % 20 ? { ...q, text: `${q.text} (edit ${run})` } : q)) }, ...rest] };
    afterEdit.push(time(() => estimateLength(edited)));
  }
  log(`${language}: first ${round(median(cold), 2)} ms, after an edit ${round(median(afterEdit), 3)} ms, repeat ${round(median(repeat), 3)} ms`);
  return {
    bench: 'survey.estimate',
    language,
    questions: QUESTIONS,
    items: result.items,
    minutes: result.minutes,
    runs: RUNS,
    afterEditMedianMs: round(median(afterEdit), 3),
    afterEditMaxMs: round(Math.max(...afterEdit), 3),
    target: TARGET_MS,
    pass: median(afterEdit) < TARGET_MS,
    repeatMedianMs: round(median(repeat), 3),
    firstEstimateMedianMs: round(median(cold), 2),
    segmentOnlyMedianMs: round(median(floor), 2),
    loadAverage: round(os.loadavg()[0]!, 2),
  };
}

export async function run(): Promise<Measurement[]> {
  // Warm up the JIT and the segmenters on surveys the measured runs never see again.
  for (let wave = 0; wave < 5; wave++) for (const language of ['en', 'zh-CN'] as const) estimateLength(buildSurvey(language, 1000 + wave));
  return [measure('en', 0), measure('zh-CN', 0)];
}
