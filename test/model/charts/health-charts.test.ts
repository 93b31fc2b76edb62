import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { newMembersOption, rateBarsOption } from '../../../main/model/charts/health-charts';

const format = { count: (n: number) => `${n}`, percent: (r: number) => `${Math.round(r * 100)}%` };

/** Renders an option to SVG under Node, as the core's chart export does. */
function svgOf(option: object): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('health charts', () => {
  it('draws one column per week, an empty week as 0, with the week named by its Monday', () => {
    const option = newMembersOption({
      weeks: [
        { week: '2025-12-01', members: 2 },
        { week: '2025-12-08', members: 0 },
      ],
      labels: { members: 'New members', week: (monday) => `Week of ${monday}` },
      format,
    });
    expect(option.xAxis.data).toEqual(['Week of 2025-12-01', 'Week of 2025-12-08']);
    expect(option.series[0]!.data.map((d) => [d.value, d.label.formatter, d.tooltip.formatter])).toEqual([
      [2, '2', 'Week of 2025-12-01: 2'],
      [0, '0', 'Week of 2025-12-08: 0'],
    ]);
    expect(svgOf(option)).toContain('Week of 2025-12-01');
  });

  it('draws rates on a 0–100 % axis, a rate without a base as an empty bar marked "–"', () => {
    const option = rateBarsOption({
      name: 'Participation',
      format,
      bars: [
        { label: 'Pulse (v1)', rate: 0.25, detail: '1 of 4 members' },
        { label: 'Onboarding (v2)', rate: null, detail: '0 of 0 members' },
      ],
    });
    expect(option.xAxis.max).toBe(100);
    expect(option.series[0]!.data.map((d) => [d.value, d.label.formatter, d.tooltip.formatter])).toEqual([
      [25, '25%', 'Pulse (v1): 25% (1 of 4 members)'],
      [0, '–', 'Onboarding (v2): – (0 of 0 members)'],
    ]);
    expect(svgOf(option)).toContain('25%');
  });
});
