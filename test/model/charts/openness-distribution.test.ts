import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { opennessDistributionOption } from '../../../main/model/charts/openness-distribution';
import { opennessHistogram } from '../../../main/model/recruitment/histogram';

const bins = opennessHistogram([{ value: 1.4, count: 3 }, { value: 3, count: 1200 }, { value: 3.5, count: 40 }, { value: 5, count: 2 }]);
const labels = { score: 'Openness', members: 'Members', p25: 'P25', p75: 'P75' };
const en = new Intl.NumberFormat('en');
const format = { count: (n: number) => en.format(n), score: (x: number) => x.toFixed(2), axis: (x: number) => String(x) };

describe('opennessDistributionOption', () => {
  const option = opennessDistributionOption({ bins, thresholds: { p25: 2.95, p75: 3.575 }, labels, format });

  it('is plain JSON, so the core can render it for exports', () => {
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('has one bar per 0.2 bin on a 1–5 axis, with translated labels and formatted numbers', () => {
    expect(option.xAxis[0]).toMatchObject({ type: 'value', min: 1, max: 5, name: 'Openness' });
    expect(option.dataset.source).toHaveLength(20);
    expect(option.dataset.source[2]).toEqual([1.5, 3, '1.40–1.60', '3']);
    expect(option.dataset.source[10]).toEqual([3.1, 1200, '3.00–3.20', '1,200']);
    expect(option.dataset.source[19]).toEqual([4.9, 2, '4.80–5.00', '2']);
  });

  it('writes the axis numbers in the caller’s locale into the option, so an export shows them as the page does', () => {
    const ru = new Intl.NumberFormat('ru', { maximumFractionDigits: 1 });
    const russian = opennessDistributionOption({ bins, thresholds: null, labels, format: { ...format, axis: (x) => ru.format(x) } });
    expect(russian.xAxis[0]!.axisLabel).toEqual({ show: false });
    expect(russian.xAxis[1]).toMatchObject({ type: 'category', boundaryGap: false, data: ['1', '1,5', '2', '2,5', '3', '3,5', '4', '4,5', '5'] });
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    chart.setOption(JSON.parse(JSON.stringify(russian)));
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const tick of ['1,5', '2,5', '4,5']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('marks P25 and P75 at their values, or nothing without bands', () => {
    const marks = option.series[0]!.markLine.data;
    expect(marks.map((m) => [m.xAxis, m.label.formatter])).toEqual([[2.95, 'P25 2.95'], [3.575, 'P75 3.58']]);
    const none = opennessDistributionOption({ bins, thresholds: null, labels, format });
    expect(none.series[0]!.markLine.data).toEqual([]);
  });

  it('renders bars and threshold labels (ECharts SSR, as exports will)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const text of ['P25 2.95', 'P75 3.58', 'Openness', 'Members']) expect(svg).toContain(text);
  });
});
