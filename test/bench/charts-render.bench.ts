import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemChartFonts } from '../../main/core/charts/chart-fonts';
import { pictureToPng } from '../../main/core/charts/chart-png';
import { CHART_WARM_UP_DELAY_MS, warmUpCharts } from '../../main/core/charts/chart-warm-up';
import { drawChart, pictureSvg } from '../../main/core/charts/chart-svg';
import { choiceBarsOption } from '../../main/model/charts/choice-bars';
import { choiceSummary } from '../../main/model/stats/choice-summary';
import { startBenchCore } from './bench-core';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/**
 * `charts.render` of a PNG: a 12-bar chart with Chinese labels (one per month, as a choice
 * question's options), 800×600, through the real dispatch, saved at a path (the desktop app's case;
 * the safe writer's fsync included). The first call as a user meets it: a host (startCore) warms the
 * chart renderer up once the workspace is open and the core has idled CHART_WARM_UP_DELAY_MS
 * (chart-warm-up.ts), so the bench waits that long, runs the same warm-up, times it (what a first
 * call would cost without it: loading ECharts, resvg and fontkit, finding and opening the fonts),
 * then times the first charts.render. Then warm calls; beside them the parts of a warm call: the SVG
 * from ECharts alone, the PNG from that picture alone (texts to outlines, then resvg), and the same
 * chart with English labels (no CJK font opened).
 */
const RUNS = 15;
const TARGET_MS = 300;
const SIZE = { width: 800, height: 600 };

const log = (message: string) => process.stderr.write(`[charts.render] ${message}\n`);

const MONTHS = {
  'zh-CN': ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'].map((m) => `${m}活跃成员`),
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m) => `Active in ${m}`),
};

function chart(language: keyof typeof MONTHS) {
  const labels = MONTHS[language];
  const summary = choiceSummary(labels.map((_, i) => ({ code: String(i), count: 40 + 7 * i })), 1200);
  const format = { count: (n: number) => n.toLocaleString(language), percent: (r: number) => `${Math.round(r * 100)}%` };
  return choiceBarsOption({ summary, optionLabel: (code) => labels[Number(code)]!, seriesName: language === 'en' ? 'Members' : '成员', format });
}

const time = async (fn: () => unknown): Promise<number> => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

const p95 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-charts-'));
  const core = await startBenchCore({ create: path.join(dir, 'charts.sqlite') });
  try {
    const target = path.join(dir, 'chart.png');
    const render = (language: keyof typeof MONTHS) => core.call('charts.render', { option: chart(language), format: 'png', ...SIZE, path: target, replace: true });
    await new Promise((resolve) => setTimeout(resolve, CHART_WARM_UP_DELAY_MS));
    const warmUpMs = await time(warmUpCharts);
    const firstMs = await time(() => render('zh-CN'));
    const warm: number[] = [];
    const english: number[] = [];
    const svgOnly: number[] = [];
    const resvgOnly: number[] = [];
    const svg = pictureSvg(drawChart(chart('zh-CN'), SIZE));
    const picture = drawChart(chart('zh-CN'), SIZE);
    for (let i = 0; i < RUNS; i++) {
      warm.push(await time(() => render('zh-CN')));
      english.push(await time(() => render('en')));
      svgOnly.push(await time(() => pictureSvg(drawChart(chart('zh-CN'), SIZE))));
      resvgOnly.push(await time(() => pictureToPng(picture, systemChartFonts())));
    }
    const png = fs.readFileSync(target);
    log(`idle warm-up ${round(warmUpMs)} ms, then the first call ${round(firstMs)} ms, warm median ${round(median(warm))} ms (p95 ${round(p95(warm))}); English ${round(median(english))} ms; SVG ${round(median(svgOnly))} ms, PNG from it ${round(median(resvgOnly))} ms`);
    return [
      {
        bench: 'charts.render',
        chart: '12 bars, Chinese labels, PNG 800×600',
        runs: RUNS,
        first: `the first charts.render of the process, after the warm-up a host runs once the workspace is open and the core has idled ${CHART_WARM_UP_DELAY_MS} ms`,
        firstMs: round(firstMs),
        idleWarmUpMs: round(warmUpMs),
        warmMedianMs: round(median(warm)),
        warmP95Ms: round(p95(warm)),
        target: TARGET_MS,
        pass: firstMs < TARGET_MS && p95(warm) < TARGET_MS,
        englishLabelsMedianMs: round(median(english)),
        svgOnlyMedianMs: round(median(svgOnly)),
        pngFromSvgMedianMs: round(median(resvgOnly)),
        svgBytes: Buffer.byteLength(svg),
        pngBytes: png.length,
        cjkFont: systemChartFonts().cjk,
        latinFont: systemChartFonts().latin,
        loadAverage: round(os.loadavg()[0]!, 2),
      },
    ];
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
