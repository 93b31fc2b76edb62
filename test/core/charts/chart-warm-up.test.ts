import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChartFonts, systemChartFonts } from '../../../main/core/charts/chart-fonts';
import { pictureToPng } from '../../../main/core/charts/chart-png';
import { drawChart } from '../../../main/core/charts/chart-svg';
import { warmUpCharts } from '../../../main/core/charts/chart-warm-up';
import { choiceBarsOption } from '../../../main/model/charts/choice-bars';
import { choiceSummary } from '../../../main/model/stats/choice-summary';
import { tempDir } from '../../support/temp-dir';

describe('chart warm-up', () => {
  it('opens the chart fonts before the first chart: that chart draws even when the font files are gone by then', async () => {
    const dir = tempDir();
    const system = systemChartFonts();
    for (const file of system.files) fs.copyFileSync(file, path.join(dir, path.basename(file)));
    const copied = findChartFonts([dir]);
    expect(copied).toMatchObject({ latin: system.latin, cjk: system.cjk });
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
