import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE, DIVERGING_MIDDLE, NPS_COLOURS, divergingColours } from '../../../main/model/charts/chart-theme';
import { choiceBarsOption } from '../../../main/model/charts/choice-bars';
import { crosstabBarsOption } from '../../../main/model/charts/crosstab-bars';
import { likertDivergingOption } from '../../../main/model/charts/likert-diverging';
import { npsBarOption } from '../../../main/model/charts/nps-bar';
import { numericDistributionOption } from '../../../main/model/charts/numeric-distribution';
import { wordFrequencyBarsOption } from '../../../main/model/charts/word-frequency-bars';
import { choiceSummary } from '../../../main/model/stats/choice-summary';
import { crosstabStatistics } from '../../../main/model/stats/crosstab';
import { npsSummary } from '../../../main/model/stats/nps';
import { numericHistogram } from '../../../main/model/stats/numeric-histogram';
import { numericSummary } from '../../../main/model/stats/numeric-summary';
import { scaleSummary } from '../../../main/model/stats/scale-summary';
import { wordFrequencies } from '../../../main/model/stats/word-frequency';

const en = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const format = { count: (n: number) => en.format(n), percent: (r: number) => `${en.format(r * 100)}%`, number: (x: number) => en.format(x), decimal: (x: number) => en.format(x) };
const values = (series: { data: { value: number }[] }) => series.data.map((d) => d.value);
const texts = (series: { data: { label: { formatter: string } }[] }) => series.data.map((d) => d.label.formatter);

/** The option as the core renders it for an export: ECharts SSR to SVG. */
function render(option: object, width = 640, height = 400): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('choiceBarsOption', () => {
  const summary = choiceSummary([{ code: 'a', count: 30 }, { code: 'b', count: 12 }, { code: 'dk', count: 0 }], 48);
  const optionLabel = (code: string) => ({ a: 'Yes, every week at the community meetings', b: 'No', dk: 'Don’t know' })[code]!;
  const option = choiceBarsOption({ summary, optionLabel, seriesName: 'Respondents', format });

  it('draws each option’s percentage of the base, in the survey’s order, labelled count · percent', () => {
    expect(values(option.series[0]!)).toEqual([62.5, 25, 0]);
    expect(texts(option.series[0]!)).toEqual(['30 · 62.5%', '12 · 25%', '0 · 0%']);
    expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.series[0]!.data[0]!.tooltip.formatter).toBe('Yes, every week at the community meetings: 30 · 62.5%');
  });

  it('can draw counts instead', () => {
    expect(values(choiceBarsOption({ summary, optionLabel, seriesName: 'n', format, measure: 'count' }).series[0]!)).toEqual([30, 12, 0]);
  });

  it('wraps long option texts beside the bars and takes the first colour of the palette', () => {
    expect(option.yAxis.data).toEqual(['Yes, every week at the\ncommunity meetings', 'No', 'Don’t know']);
    expect(option.color).toEqual([CATEGORICAL_PALETTE[0]]);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('writes the labels in the language it is given, as text of the SVG', () => {
    const zh = choiceBarsOption({ summary, optionLabel: (c) => ({ a: '每周参加', b: '不参加', dk: '不知道' })[c]!, seriesName: '受访者', format });
    const svg = render(zh);
    for (const label of ['每周参加', '不参加', '不知道', '30 · 62.5%']) expect(svg).toContain(label);
  });
});

describe('likertDivergingOption', () => {
  const scale = ['1', '2', '3', '4', '5'];
  const points = { 1: 'Strongly disagree', 2: 'Disagree', 3: 'Neutral', 4: 'Agree', 5: 'Strongly agree', dk: 'Don’t know' } as Record<string, string>;
  const row = (counts: number[], dk = 0) => scaleSummary([...counts.map((count, i) => ({ code: String(i + 1), count })), { code: 'dk', count: dk }], scale);
  const option = likertDivergingOption({
    rows: [{ label: 'Easy to use', summary: row([2, 4, 4, 6, 4], 5) }, { label: 'Good value', summary: row([0, 0, 0, 0, 0]) }],
    scale,
    pointLabel: (c) => points[c]!,
    format,
  });
  const byName = (name: string) => option.series.filter((s) => s.name === name);

  it('puts the lower points left of the centre line and the upper points right, as shares of the substantive answers', () => {
    // 20 substantive answers (the 5 "Don't know" are left out): 10 %, 20 %, 20 %, 30 %, 20 %.
    expect(values(byName('Strongly disagree')[0]!)).toEqual([-10, 0]);
    expect(values(byName('Disagree')[0]!)).toEqual([-20, 0]);
    expect(values(byName('Agree')[0]!)).toEqual([30, 0]);
    expect(values(byName('Strongly agree')[0]!)).toEqual([20, 0]);
    // The midpoint straddles the line, half on each side, labelled once with its whole share.
    expect(byName('Neutral').map(values)).toEqual([[-10, 0], [10, 0]]);
    expect(byName('Neutral').map((s) => s.label.show)).toEqual([false, true]);
    expect(texts(byName('Neutral')[1]!)).toEqual(['20%', '–']);
  });

  it('stacks outwards from the middle, with a legend in scale order and a diverging palette', () => {
    expect(option.series.map((s) => s.name)).toEqual(['Neutral', 'Disagree', 'Strongly disagree', 'Neutral', 'Agree', 'Strongly agree']);
    expect(option.series.every((s) => s.stack === 'likert')).toBe(true);
    expect(option.legend.data).toEqual(['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree']);
    expect(option.color).toEqual(divergingColours(5));
    expect(byName('Neutral')[0]!.itemStyle.color).toBe(DIVERGING_MIDDLE);
    expect(option.series[0]).toMatchObject({ markLine: { data: [{ xAxis: 0 }] } });
  });

  it('has no midpoint on an even scale, and renders', () => {
    const four = likertDivergingOption({ rows: [{ label: 'Q', summary: scaleSummary([1, 2, 3, 4].map((n, i) => ({ code: String(i), count: n })), ['0', '1', '2', '3']) }], scale: ['0', '1', '2', '3'], pointLabel: (c) => `P${c}`, format });
    expect(four.series.map((s) => [s.name, values(s)[0]])).toEqual([['P1', -20], ['P0', -10], ['P2', 30], ['P3', 40]]);
    expect(render(four)).toContain('P3');
  });
});

describe('npsBarOption', () => {
  const summary = npsSummary([{ value: 10, count: 5 }, { value: 9, count: 3 }, { value: 8, count: 4 }, { value: 3, count: 8 }]);
  const option = npsBarOption({ summary, labels: { detractors: 'Detractors', passives: 'Passives', promoters: 'Promoters', bar: 'NPS 0' }, format });

  it('splits one bar into detractors, passives and promoters, in their colours', () => {
    expect(option.series.map((s) => [s.name, values(s)[0], texts(s)[0]])).toEqual([
      ['Detractors', 40, '40%'],
      ['Passives', 20, '20%'],
      ['Promoters', 40, '40%'],
    ]);
    expect(option.color).toEqual([NPS_COLOURS.detractors, NPS_COLOURS.passives, NPS_COLOURS.promoters]);
    expect(option.yAxis.data).toEqual(['NPS 0']);
    expect(option.series[0]!.data[0]!.tooltip.formatter).toBe('Detractors: 8 · 40%');
  });
});

describe('numericDistributionOption', () => {
  const labels = {
    value: 'Hours',
    respondents: 'Respondents',
    summary: (n: string, mean: string, median: string, sd: string) => `n = ${n} · mean ${mean} · median ${median} · SD ${sd}`,
    bins: (width: string) => `Bins of ${width}: each from its lower edge up to, not including, its upper edge`,
  };

  it('gives each distinct value a column, and the summary line above', () => {
    const table = [{ value: 2, count: 3 }, { value: 1, count: 1 }, { value: 4, count: 0 }];
    const option = numericDistributionOption({ distribution: numericHistogram(table), summary: numericSummary(table), labels, format });
    expect(option.xAxis.data).toEqual(['1', '2']);
    expect(values(option.series[0]!)).toEqual([1, 3]);
    expect(option.title.text).toBe('n = 4 · mean 1.8 · median 2 · SD 0.5');
    expect(option.title.subtext).toBe('');
  });

  it('draws intervals with their edges, every bin (empty ones too) and the binning rule under the summary', () => {
    const table = Array.from({ length: 101 }, (_, i) => ({ value: i, count: 1 }));
    const option = numericDistributionOption({ distribution: numericHistogram(table), summary: numericSummary(table), labels, format });
    expect(option.xAxis.data).toHaveLength(11);
    expect(option.xAxis.data.slice(0, 2)).toEqual(['0–10', '10–20']);
    expect(values(option.series[0]!).reduce((a, b) => a + b, 0)).toBe(101);
    expect(option.series[0]!.data[0]!.tooltip.formatter).toBe('0–10: 10');
    expect(option.title.subtext).toBe('Bins of 10: each from its lower edge up to, not including, its upper edge');
    expect(option.grid.top).toBeGreaterThan(numericDistributionOption({ distribution: numericHistogram(table.slice(0, 3)), summary: numericSummary(table), labels, format }).grid.top);
    expect(render(option)).toContain('Bins of 10');
  });
});

describe('crosstabBarsOption', () => {
  const counts = [[20, 5], [10, 15]];
  const stats = crosstabStatistics({ counts });
  const input = { rows: ['Yes', 'No'], columns: ['Men', 'Women'], counts, columnPercents: stats.columnPercents, format };

  it('clusters the columns’ percentages answer by answer, one series per column', () => {
    const option = crosstabBarsOption({ ...input, layout: 'clustered' });
    expect(option.yAxis.data).toEqual(['Yes', 'No']);
    expect(option.series.map((s) => [s.name, values(s)])).toEqual([['Men', [stats.columnPercents[0]![0], stats.columnPercents[1]![0]]], ['Women', [25, 75]]]);
    expect(option.legend.data).toEqual(['Men', 'Women']);
    expect(option.series[1]!.data[0]!.tooltip.formatter).toBe('Yes · Women: 5 · 25%');
  });

  it('stacks each column to 100 %, one series per answer', () => {
    const option = crosstabBarsOption({ ...input, layout: 'stacked' });
    expect(option.yAxis.data).toEqual(['Men', 'Women']);
    expect(option.series.map((s) => [s.name, 'stack' in s && s.stack, values(s)])).toEqual([['Yes', 'column', stats.columnPercents[0]], ['No', 'column', stats.columnPercents[1]]]);
    expect(option.color).toEqual([...CATEGORICAL_PALETTE]);
  });

  it('writes no percentage inside a stacked segment too narrow for it (it would spill onto its neighbours)', () => {
    const option = crosstabBarsOption({ ...input, counts: [[20, 1], [0, 24]], columnPercents: [[100, 4], [0, 96]], layout: 'stacked' });
    const shown = (s: (typeof option.series)[number]) => s.data.map((d) => d.label.show !== false);
    expect(option.series.map(shown)).toEqual([[true, false], [false, true]]);
    expect(option.series[0]!.data[1]!.tooltip.formatter).toBe('Women · Yes: 1 · 4%');
  });

  it('draws an empty column as no bar with a dash', () => {
    const option = crosstabBarsOption({ ...input, counts: [[1, 0]], columnPercents: [[100, null]], rows: ['Yes'], layout: 'clustered' });
    expect(values(option.series[1]!)).toEqual([0]);
    expect(texts(option.series[1]!)).toEqual(['–']);
  });
});

describe('wordFrequencyBarsOption', () => {
  it('draws the most frequent words first, at most 20, with their counts', () => {
    const frequencies = wordFrequencies(['服务很好，服务很快', '服务不错', ...Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + i)} extra`)], 'zh-CN');
    const option = wordFrequencyBarsOption({ frequencies, seriesName: '次数', tip: (w, n, t) => `${w}: ${n}/${t}`, format });
    expect(option.yAxis.data).toHaveLength(20);
    expect(option.yAxis.data[0]).toBe(frequencies.words[0]!.word);
    expect(values(option.series[0]!)).toEqual(frequencies.words.slice(0, 20).map((w) => w.count));
    expect(option.series[0]!.data[0]!.tooltip.formatter).toBe(`${frequencies.words[0]!.word}: ${frequencies.words[0]!.count}/${frequencies.words[0]!.texts}`);
  });
});
