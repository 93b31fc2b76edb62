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
  stages: { acquisition: 'Acquisition', activation: 'Activation', retention: 'Retention', monetization: 'Monetization' },
  reached: 'Reached',
  current: 'Currently here',
  share: 'Share',
};
const en = new Intl.NumberFormat('en');
const format = { count: (n: number) => en.format(n), percent: (r: number) => `${Math.round(r * 100)}%` };

describe('lifecycleFunnelRows', () => {
  it('orders the stages and counts the members who reached each one', () => {
    expect(lifecycleFunnelRows(counts)).toEqual([
      { stage: 'acquisition', reached: 2000, current: 1000, share: 1 },
      { stage: 'activation', reached: 1000, current: 600, share: 0.5 },
      { stage: 'retention', reached: 400, current: 300, share: 0.2 },
      { stage: 'monetization', reached: 100, current: 100, share: 0.05 },
    ]);
  });

  it('gives zeros for missing stages and ignores unknown ones', () => {
    const rows = lifecycleFunnelRows([{ stage: 'activation', members: 5 }, { stage: 'churned', members: 9 }]);
    expect(rows.map((r) => [r.stage, r.reached, r.current])).toEqual([
      ['acquisition', 5, 0],
      ['activation', 5, 5],
      ['retention', 0, 0],
      ['monetization', 0, 0],
    ]);
  });

  it('has no share when no member has a stage', () => {
    expect(lifecycleFunnelRows([]).every((r) => r.reached === 0 && r.share === 0)).toBe(true);
  });
});

describe('lifecycleFunnelOption', () => {
  const option = lifecycleFunnelOption({ counts, labels, format });

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

  it('renders every stage as a labelled bar (ECharts SSR, as exports will)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 240 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const text of ['Acquisition', 'Monetization', '2,000 · 100%', '100 · 5%']) expect(svg).toContain(text);
  });
});
