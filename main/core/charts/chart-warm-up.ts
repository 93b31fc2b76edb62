import { chartFace, needsCjk, systemChartFonts, type ChartFonts } from './chart-fonts';

/**
 * The first chart image of a process pays for loading ECharts, resvg and fontkit, finding the fonts,
 * opening them and fontkit's first parse of each font's outlines: about a second, against some 60 ms
 * for each image after. A host therefore does that work once the workspace is open and the core has
 * been idle a moment, one step at a time (calls that arrive meanwhile wait at most one step), by
 * drawing a small chart with a Latin and, where a CJK font is installed, a Chinese label. A core
 * that never gets that idle moment (tests, benchmarks that do not ask for it) loads on the first chart.
 */

/** After the workspace opens: the window's first queries come first. */
export const CHART_WARM_UP_DELAY_MS = 2_000;

const LATIN_SAMPLE = 'Aa 0123456789 %';
const CJK_SAMPLE = '成员';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

let warming: Promise<void> | null = null;

async function warm(fonts: ChartFonts): Promise<void> {
  const { drawChart } = await import('./chart-svg');
  await nextTurn();
  const { pictureToPng } = await import('./chart-png');
  const labels = [...(fonts.latin ? [LATIN_SAMPLE] : []), ...(fonts.cjk ? [CJK_SAMPLE] : [])];
  for (const label of labels) {
    await nextTurn();
    // Opens the face (loading fontkit) and parses its outline tables, the costly first time.
    (await chartFace(fonts, needsCjk(label) ? fonts.cjk! : fonts.latin!)).layout(label).glyphs.forEach((glyph) => glyph.path);
  }
  if (labels.length === 0) return;
  // A chart of an export's usual size, drawn twice: the first image of that size still costs double.
  const categories = Array.from({ length: 12 }, (_, i) => `${labels[i % labels.length]} ${i}`);
  for (let i = 0; i < 2; i++) {
    await nextTurn();
    const picture = drawChart({ yAxis: { type: 'category', data: categories }, xAxis: { type: 'value' }, series: [{ type: 'bar', data: categories.map((_, j) => j), label: { show: true } }] }, { width: 800, height: 600 });
    await nextTurn();
    await pictureToPng(picture, fonts);
  }
}

/** Warms the chart renderer once per process; a failure is left for the first real chart to report. */
export function warmUpCharts(fonts: () => ChartFonts = systemChartFonts): Promise<void> {
  warming ??= warm(fonts()).catch((err: unknown) => console.warn('Chart warm-up:', err instanceof Error ? err.message : err));
  return warming;
}

/** Warms up after delayMs (a timer that does not keep the process alive). */
export function scheduleChartWarmUp(delayMs = CHART_WARM_UP_DELAY_MS): void {
  setTimeout(() => void warmUpCharts(), delayMs).unref();
}
