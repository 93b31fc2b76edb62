import { describe, expect, it } from 'vitest';
import { chartTheme, CATEGORICAL_PALETTE, divergingColours, labelColourOn, NPS_COLOURS } from '../../../main/model/charts/chart-theme';
import { lifecycleFunnelOption } from '../../../main/model/charts/lifecycle-funnel';
import { opennessDistributionOption } from '../../../main/model/charts/openness-distribution';
import { opennessHistogram } from '../../../main/model/recruitment/histogram';
import { contrast, distance, visions, type Vision } from './colour-vision';

const count = (n: number) => String(n);
const funnel = lifecycleFunnelOption({
  counts: [{ stage: 'acquisition', members: 5 }, { stage: 'activation', members: 4 }, { stage: 'retention', members: 3 }, { stage: 'monetization', members: 2 }],
  members: 20,
  labels: { stages: { acquisition: 'A', activation: 'B', retention: 'C', monetization: 'D', none: 'None' }, reached: 'r', current: 'c', share: 's' },
  format: { count, percent: (r) => `${r}` },
});
const histogram = opennessDistributionOption({
  bins: opennessHistogram([{ value: 3, count: 10 }]),
  thresholds: { p25: 2.5, p75: 3.5 },
  labels: { score: 'Score', members: 'Members', p25: 'P25', p75: 'P75' },
  format: { count, score: (x) => x.toFixed(2), axis: String },
});
/** Every chart option builder of main/model/charts, with the colours each draws side by side. */
const charts = [
  { name: 'lifecycle funnel', option: funnel, colours: funnel.color },
  { name: 'openness distribution', option: histogram, colours: [...histogram.color, histogram.series[0]!.markLine.lineStyle.color] },
  ...[3, 4, 5, 7].map((points) => ({ name: `${points}-point diverging scale`, option: null, colours: divergingColours(points) })),
  { name: 'NPS', option: null, colours: Object.values(NPS_COLOURS) },
];

const dichromacies = Object.keys(visions).filter((v) => v !== 'typical') as Vision[];
/** The least ΔE between any two colours, for each vision; a chart's colours must stay apart for all. */
const closestPair = (colours: readonly string[]) =>
  Object.fromEntries(
    Object.keys(visions).map((vision) => {
      let least = Infinity;
      colours.forEach((a, i) => colours.slice(i + 1).forEach((b) => (least = Math.min(least, distance(a, b, vision as Vision)))));
      return [vision, Math.round(least * 10) / 10];
    }),
  );
const APART = 10;

describe('chart theme', () => {
  it('gives every chart the same text, fonts with Chinese fallbacks, tooltip and plot area rules', () => {
    expect(chartTheme.textStyle.fontFamily).toMatch(/"Noto Sans CJK SC".*"PingFang SC".*"Microsoft YaHei".*sans-serif$/);
    for (const { option } of charts) {
      if (!option) continue;
      expect(option.textStyle).toEqual(chartTheme.textStyle);
      expect(option.tooltip).toEqual(chartTheme.tooltip);
      expect(option.animationDuration).toBe(chartTheme.animationDuration);
      // Axis labels are kept inside the chart's box, so long Russian labels are never cut off.
      expect(option.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
    }
  });

  it('keeps the colours a chart draws side by side apart for colour-blind readers', () => {
    for (const { name, colours } of charts) {
      const least = closestPair(colours);
      for (const vision of dichromacies) expect({ name, vision, least: least[vision] }).toEqual({ name, vision, least: expect.toSatisfy((d: number) => d >= APART) });
    }
  });

  it('has a categorical palette for series and segments (Okabe–Ito) that stays apart in every kind of colour vision', () => {
    expect(CATEGORICAL_PALETTE.length).toBeGreaterThanOrEqual(7);
    const least = closestPair(CATEGORICAL_PALETTE);
    for (const vision of Object.keys(visions)) expect(least[vision]).toBeGreaterThanOrEqual(15);
  });

  it('writes text and reference marks in colours readable on the white card', () => {
    for (const colour of [chartTheme.colors.text, chartTheme.colors.muted, chartTheme.colors.marker]) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('writes labels inside bars in the colour that reads on the fill: dark on light fills, white on dark ones', () => {
    for (const fill of [...divergingColours(7), ...Object.values(NPS_COLOURS), ...CATEGORICAL_PALETTE]) {
      expect({ fill, contrast: contrast(labelColourOn(fill), fill) }).toEqual({ fill, contrast: expect.toSatisfy((c: number) => c >= 3) });
    }
  });
});
