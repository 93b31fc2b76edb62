import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictureToPng } from '../../../main/core/charts/chart-png';
import { drawChart } from '../../../main/core/charts/chart-svg';
import { warmUpCharts } from '../../../main/core/charts/chart-warm-up';
import { choiceBarsOption } from '../../../main/model/charts/choice-bars';
import { choiceSummary } from '../../../main/model/stats/choice-summary';
import { copiedChartFonts } from './copied-fonts';

describe('chart warm-up', () => {
  it('opens the chart fonts before the first chart: that chart draws even when the font files are gone by then', async () => {
    const { system, copied } = copiedChartFonts();
    const warming = warmUpCharts(() => copied);
    expect(warmUpCharts(() => copied)).toBe(warming);
    await warming;
    for (const file of copied.files) fs.rmSync(file);
    const labels = ['非常满意', 'Satisfied', 'Не очень'];
    const option = choiceBarsOption({
      summary: choiceSummary(labels.map((_, i) => ({ code: String(i), count: 5 + i })), 20),
      optionLabel: (code) => labels[Number(code)]!,
      seriesName: '受访者',
      format: { count: (n) => String(n), percent: (r) => `${Math.round(r * 100)}%` },
    });
    const picture = drawChart(option, { width: 480, height: 240 });
    expect((await pictureToPng(picture, copied)).equals(await pictureToPng(picture, system))).toBe(true);
  });
});
