import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSTANTS } from '../../../main/model/survey/estimator-constants';
import { estimateLength } from '../../../main/model/survey/estimate-length';
import { limitMessage } from '../../../main/model/survey/length-limits';
import { readingUnits } from '../../../main/model/survey/reading-time';
import { agreeScale, onePage, single, survey } from './survey-fixtures';

const simple = (n: number) => Array.from({ length: n }, (_, i) => single(`q${i + 1}`, 'How often do you use the product at work?', ['daily', 'weekly', 'monthly', 'never']));
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('reading time', () => {
  it('reads Chinese by characters and other scripts by Intl.Segmenter words, never by spaces', () => {
    expect(readingUnits('您多久使用一次本产品？', 'zh-CN')).toEqual({ words: 0, cjk: 10 });
    expect(readingUnits('您多久使用一次本 App？', 'zh-CN')).toEqual({ words: 1, cjk: 8 });
    expect(readingUnits('Как часто вы пользуетесь продуктом?', 'ru')).toEqual({ words: 5, cjk: 0 });
    expect(readingUnits("Don't you use it — daily?", 'en')).toEqual({ words: 5, cjk: 0 });
    expect(readingUnits('Why {{answer:q1|that}}?', 'en')).toEqual({ words: 2, cjk: 0 });
  });

  it('gives an English and a Chinese question of the same meaning reading times within 40 % of each other', () => {
    const en = onePage([{ id: 'q', type: 'single', text: 'How satisfied are you with the speed of our mobile app when you search for a product?', options: ['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied'].map((label, i) => ({ code: String(i), label })) }]);
    const zh = onePage([{ id: 'q', type: 'single', text: '您对我们手机应用搜索产品时的速度满意吗？', options: ['非常满意', '满意', '不满意', '非常不满意'].map((label, i) => ({ code: String(i), label })) }], 'zh-CN');
    const reading = (d: typeof en) => estimateLength(d).perQuestion[0]!.readingSeconds;
    const ratio = reading(zh) / reading(en);
    expect(ratio).toBeGreaterThan(1 / 1.4);
    expect(ratio).toBeLessThan(1.4);

    // Splitting on spaces would count the Chinese question as five "words" against 23 English ones.
    const bySpaces = (d: typeof en) => {
      const q = d.pages[0]!.questions[0]!;
      const texts = [q.text, ...(q.type === 'single' ? q.options.map((o) => o.label) : [])];
      return (60 * texts.join(' ').split(/\s+/).length) / DEFAULT_CONSTANTS.reading.wordsPerMinute.en;
    };
    expect(bySpaces(en) / bySpaces(zh)).toBeGreaterThan(4);
  });
});

describe('length estimate', () => {
  it('counts a matrix of 8 rows as 8 items', () => {
    const rows = ['Speed', 'Price', 'Support', 'Design', 'Search', 'Reports', 'Export', 'Mobile'].map((label) => ({ id: label.toLowerCase(), label }));
    const result = estimateLength(onePage([{ id: 'grid', type: 'matrix', text: 'How do you rate these aspects?', rows, options: agreeScale }]));
    expect(result.items).toBe(8);
    expect(result.perQuestion[0]).toMatchObject({ questionId: 'grid', items: 8, visibility: 'always', visibilityShare: 1 });
  });

  it('puts 26 simple questions over the default 25-item limit and 25 not', () => {
    const at25 = estimateLength(onePage(simple(25)));
    const at26 = estimateLength(onePage(simple(26)));
    expect([at25.items, at25.status, at25.limits]).toEqual([25, 'warning', { items: 25, minutes: 20 }]);
    expect([at26.items, at26.status]).toEqual([26, 'over']);
    expect(at26.checks.find((c) => c.kind === 'items')).toMatchObject({ value: 26, limit: 25, excess: 1, status: 'over' });
    expect(estimateLength(onePage(simple(19))).status).toBe('ok');
    expect(estimateLength(onePage(simple(20))).status).toBe('warning');
  });

  it('puts a survey of about 30 minutes over the minutes limit, naming the limit, the excess and the three costliest questions', () => {
    const d = onePage([
      ...Array.from({ length: 22 }, (_, i) => ({ id: `open${i + 1}`, type: 'longText' as const, text: 'Please describe your last experience with our support team in detail.' })),
      { id: 'terms', type: 'info', text: words(700) },
      { id: 'privacy', type: 'info', text: words(600) },
      { id: 'method', type: 'info', text: words(500) },
    ]);
    const result = estimateLength(d);
    expect(result.minutes).toBeGreaterThan(28);
    expect(result.minutes).toBeLessThan(32);
    expect(result.status).toBe('over');
    const message = limitMessage(result)!;
    expect(message.status).toBe('over');
    expect(message.limits).toHaveLength(1);
    const [minutes] = message.limits;
    expect(minutes).toMatchObject({ kind: 'minutes', limit: 20, value: result.minutes, excess: Number((result.minutes - 20).toFixed(2)), status: 'over' });
    expect(minutes!.costliest.map((q) => q.questionId)).toEqual(['terms', 'privacy', 'method']);
    expect(minutes!.costliest[0]!.seconds).toBeCloseTo((700 / DEFAULT_CONSTANTS.reading.wordsPerMinute.en) * 60, 0);
    expect(message.text).toMatch(/^Over the limit of 20 minutes by \d+\.\d minutes \(estimated \d+\.\d minutes\)\. Costliest questions: terms "word word .*…" \(177 s\), privacy ".*" \(151 s\), method ".*" \(126 s\)\.$/);
    expect(limitMessage(estimateLength(onePage(simple(5))))).toBeNull();
  });

  it('costs an information block its reading time only', () => {
    const [info] = estimateLength(onePage([{ id: 'intro', type: 'info', text: 'Welcome! This survey asks about your use of the product.', help: 'It takes five minutes.' }])).perQuestion;
    expect(info).toMatchObject({ items: 0, answeringSeconds: 0 });
    expect(info!.readingSeconds).toBeGreaterThan(0);
    expect(info!.seconds).toBe(info!.readingSeconds);
  });

  it('counts a question behind logic at the observed share of respondents who see it, else in full, and says which', () => {
    const d = survey([
      { id: 'p1', questions: [single('usage', 'Do you use it?')] },
      {
        id: 'p2',
        showIf: { field: 'answer:usage', op: 'eq', value: 'yes' },
        questions: [{ id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }, { id: 'd', label: 'D' }], options: agreeScale }],
      },
    ]);
    const assumed = estimateLength(d);
    const observed = estimateLength(d, { visibility: { grid: 0.25, usage: 0.5 } });
    const [usageAssumed, gridAssumed] = assumed.perQuestion;
    const [usageObserved, gridObserved] = observed.perQuestion;
    expect(gridAssumed).toMatchObject({ items: 4, visibility: 'assumed-all', visibilityShare: 1 });
    expect(gridObserved).toMatchObject({ items: 1, visibility: 'observed', visibilityShare: 0.25, readingSeconds: gridAssumed!.readingSeconds });
    expect(gridObserved!.seconds).toBeCloseTo(gridAssumed!.seconds / 4, 1);
    // A question without logic is always seen.
    expect(usageObserved).toEqual(usageAssumed);
    expect(usageObserved!.visibility).toBe('always');
    expect(observed.items).toBe(2);
  });

  it('uses the survey\'s own limits unless others are given', () => {
    const d = survey([{ id: 'p1', questions: simple(9) }]);
    const own = { ...d, settings: { ...d.settings, limits: { items: 10, minutes: null } } };
    expect(estimateLength(own)).toMatchObject({ limits: { items: 10, minutes: 20 }, status: 'warning' });
    expect(estimateLength(own, { limits: { items: 8, minutes: 20 } }).status).toBe('over');
  });

  it('matches the sources: a simple closed question about 10 s (Pew), typical closed questions about 10.3 s each (CloudResearch)', () => {
    const [closed] = estimateLength(onePage([single('q', 'How often do you use our product at work or home?', ['Daily', 'Weekly', 'Monthly', 'Never'])])).perQuestion;
    expect(closed!.seconds).toBeGreaterThan(8.5);
    expect(closed!.seconds).toBeLessThan(11.5);
    const typical = onePage([
      single('usage', 'How often do you use the product?', ['Daily', 'A few times a week', 'Weekly', 'Monthly', 'Less often']),
      single('device', 'Which device do you use it on most?', ['Phone', 'Tablet', 'Laptop', 'Desktop computer']),
      single('role', 'What best describes your role?', ['Manager', 'Specialist', 'Student', 'Other role', 'Prefer not to say']),
      { id: 'features', type: 'multi', text: 'Which of these features have you used in the past month?', options: ['Search', 'Dashboards', 'Export', 'Mobile app', 'Integrations', 'Sharing'].map((label, i) => ({ code: String(i), label })) },
      { id: 'sat', type: 'likert', text: 'Overall, I am satisfied with the product.', options: agreeScale },
      { id: 'ease', type: 'likert', text: 'The product is easy to use.', options: agreeScale },
      { id: 'value', type: 'likert', text: 'The product is worth what it costs.', options: agreeScale },
      { id: 'nps', type: 'nps', text: 'How likely are you to recommend the product to a friend or colleague?', lowLabel: 'Not at all likely', highLabel: 'Extremely likely' },
      { id: 'years', type: 'number', text: 'For how many years have you used it?', min: 0 },
    ]);
    const result = estimateLength(typical);
    const perQuestion = result.seconds / result.items;
    expect(perQuestion).toBeGreaterThan(10.3 * 0.8);
    expect(perQuestion).toBeLessThan(10.3 * 1.2);
  });
});
