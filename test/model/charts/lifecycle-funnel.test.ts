import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { lifecycleFunnelOption, lifecycleFunnelRows } from '../../../main/model/charts/lifecycle-funnel';

const counts = [
  { stage: 'retention', members: 300 },
  { stage: 'acquisition', members: 1000 },
  { stage: 'monetization', members: 100 },
  { stage: 'activation', members: 600 },
];

const labels = {
  stages: { acquisition: 'Acquisition', activation: 'Activation', retention: 'Retention', monetization: 'Monetization', none: 'No stage' },
  reached: 'Reached',
  current: 'Currently here',
  share: 'Share',
};
const en = new Intl.NumberFormat('en');
const format = { count: (n: number) => en.format(n), percent: (r: number) => `${Math.round(r * 100)}%` };

describe('lifecycleFunnelRows', () => {
  it('orders the stages and counts the members who reached each one', () => {
    expect(lifecycleFunnelRows(counts, 2000)).toEqual([
      { stage: 'acquisition', reached: 2000, current: 1000, share: 1 },
      { stage: 'activation', reached: 1000, current: 600, share: 0.5 },
      { stage: 'retention', reached: 400, current: 300, share: 0.2 },
      { stage: 'monetization', reached: 100, current: 100, share: 0.05 },
    ]);
  });

  it('accounts for every member: those with no stage get a bar of their own, and shares are of all members', () => {
    // The overview card says 2,995 members; 995 of them (e.g. imported without a stage) have none.
    const rows = lifecycleFunnelRows(counts, 2995);
    expect(rows.map((r) => [r.stage, r.reached, r.current])).toEqual([
      ['acquisition', 2000, 1000],
      ['activation', 1000, 600],
      ['retention', 400, 300],
      ['monetization', 100, 100],
      ['none', 995, 995],
    ]);
    expect(rows[0]!.reached + rows.at(-1)!.reached).toBe(2995);
    expect(rows.map((r) => Math.round(r.share * 1000) / 1000)).toEqual([0.668, 0.334, 0.134, 0.033, 0.332]);
  });

  it('gives zeros for missing stages and ignores unknown ones', () => {
    const rows = lifecycleFunnelRows([{ stage: 'activation', members: 5 }, { stage: 'churned', members: 9 }], 5);
    expect(rows.map((r) => [r.stage, r.reached, r.current])).toEqual([
      ['acquisition', 5, 0],
      ['activation', 5, 5],
      ['retention', 0, 0],
      ['monetization', 0, 0],
    ]);
  });

  it('has no share when no member has a stage', () => {
    expect(lifecycleFunnelRows([], 0).map((r) => r.stage)).toEqual(['acquisition', 'activation', 'retention', 'monetization']);
    expect(lifecycleFunnelRows([], 0).every((r) => r.reached === 0 && r.share === 0)).toBe(true);
  });
});

describe('lifecycleFunnelOption', () => {
  const option = lifecycleFunnelOption({ counts, members: 2000, labels, format });
  const withUnstaged = lifecycleFunnelOption({ counts, members: 2995, labels, format });

  it('is plain JSON, so the core can render it for exports', () => {
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('carries translated stage names and locale-formatted numbers', () => {
    expect(option.dataset.source).toEqual([
      ['Acquisition', 2000, '2,000', '1,000', '100%'],
      ['Activation', 1000, '1,000', '600', '50%'],
      ['Retention', 400, '400', '300', '20%'],
      ['Monetization', 100, '100', '100', '5%'],
    ]);
    expect(option.dataset.dimensions.map((d) => d.displayName)).toEqual([undefined, undefined, 'Reached', 'Currently here', 'Share']);
  });

  it('adds a “No stage” bar, in a colour of its own, when some members have no stage', () => {
    expect(withUnstaged.dataset.source.map((row) => row[0])).toEqual(['Acquisition', 'Activation', 'Retention', 'Monetization', 'No stage']);
    expect(withUnstaged.dataset.source.at(-1)).toEqual(['No stage', 995, '995', '995', '33%']);
    expect(withUnstaged.color[4]).not.toBe(withUnstaged.color[3]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 240 });
    chart.setOption(withUnstaged);
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const text of ['No stage', '995 · 33%', '2,000 · 67%']) expect(svg).toContain(text);
  });

  it('renders every stage as a labelled bar (ECharts SSR, as exports will)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 240 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const text of ['Acquisition', 'Monetization', '2,000 · 100%', '100 · 5%']) expect(svg).toContain(text);
  });
});
