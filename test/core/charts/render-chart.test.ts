import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { findChartFonts, systemChartFonts, systemFontDirs, type ChartFonts } from '../../../main/core/charts/chart-fonts';
import { pictureToPng } from '../../../main/core/charts/chart-png';
import { drawChart } from '../../../main/core/charts/chart-svg';
import { fontFaces, fontFamilies } from '../../../main/core/charts/font-names';
import { renderChart } from '../../../main/core/charts/render-chart';
import { fileDelivery } from '../../../main/core/call-context';
import { choiceBarsOption } from '../../../main/model/charts/choice-bars';
import { choiceSummary } from '../../../main/model/stats/choice-summary';
import type { SvgNode } from '../../../main/core/charts/svg-markup';
import { call } from '../../support/call';
import { inkBox, pngPixels } from '../../support/png-pixels';
import { tempDir } from '../../support/temp-dir';
import { copiedChartFonts } from './copied-fonts';
import { testSession } from '../../support/workspace';

const format = { count: (n: number) => String(n), percent: (r: number) => `${Math.round(r * 100)}%` };
const summary = choiceSummary(Array.from({ length: 4 }, (_, i) => ({ code: String(i), count: 10 + i })), 60);
/** A bar chart whose option labels are these texts. */
const chartWith = (labels: readonly string[]) => choiceBarsOption({ summary, optionLabel: (code) => labels[Number(code)]!, seriesName: '受访者', format });
const chinese = chartWith(['非常满意', '比较满意', '不太满意', '很不满意']);
const size = { width: 640, height: 320 };

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const png = (option: object, fonts: ChartFonts = systemChartFonts()) => pictureToPng(drawChart(option as Record<string, unknown>, size), fonts);

describe('chart fonts', () => {
  it('finds a Latin and a CJK family among the system fonts once, and reads family names from font collections', () => {
    const fonts = systemChartFonts();
    expect(fonts.latin).not.toBeNull();
    expect(fonts.cjk).not.toBeNull();
    expect(systemChartFonts()).toBe(fonts);
    const collection = fonts.files.find((f) => f.endsWith('.ttc'));
    if (collection) expect(fontFamilies(collection)).toContain(fonts.cjk);
    expect(findChartFonts(systemFontDirs())).toEqual(fonts);
    // Only the regular faces are opened (no Bold collection of 20 MB beside the Regular).
    for (const file of fonts.files) expect(fontFaces(file).map((face) => face.style)).toContain('Regular');
  });

  it('looks where each system keeps fonts', () => {
    expect(systemFontDirs('linux', {}, '/home/a')).toEqual(['/usr/local/share/fonts', '/usr/share/fonts', '/home/a/.local/share/fonts', '/home/a/.fonts']);
    expect(systemFontDirs('darwin', {}, '/Users/a')).toEqual(['/System/Library/Fonts', '/Library/Fonts', '/Users/a/Library/Fonts']);
    expect(systemFontDirs('win32', { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'C:\\Users\\a')).toHaveLength(2);
  });
});

describe('chart SVG', () => {
  it('writes the Chinese labels as text, in markup an SVG reader parses despite the quoted font list', async () => {
    const svg = drawChart(chinese, size);
    expect(svg.texts).toEqual(expect.arrayContaining(['非常满意', '比较满意', '不太满意', '很不满意', '10 · 17%']));
    const { svg: markup } = await renderChartSvg(chinese);
    expect(markup).toMatch(/<text[^>]*>非常满意<\/text>/);
    // ECharts' own writer leaves the quotes of "Noto Sans CJK SC" unescaped inside style="…".
    const echartsOwn = (() => {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
      chart.setOption({ ...chinese, animation: false });
      const text = chart.renderToSVGString();
      chart.dispose();
      return text;
    })();
    expect(() => new Resvg(echartsOwn)).toThrow(/parsing failed/);
    expect(new Resvg(markup).width).toBe(640);
  });

  it('escapes what a label or an option brings: <, & and quotes stay text', async () => {
    const { svg } = await renderChartSvg(chartWith(['A & B', '<script>', '"quoted"', 'x']));
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(new Resvg(svg).height).toBe(320);
  });
});

async function renderChartSvg(option: object): Promise<{ svg: string }> {
  const result = await renderChart(fileDelivery(testSession().session), { option: option as Record<string, unknown>, format: 'svg', replace: false, ...size });
  if (result.svg === undefined) throw new Error('expected { svg }');
  return { svg: result.svg };
}

describe('chart PNG', () => {
  it('is a PNG of the asked size', async () => {
    expect(pngSize(await png(chinese))).toEqual(size);
  });

  it('draws the Chinese glyphs: other characters give another image', async () => {
    const drawn = await png(chinese);
    // Same lengths, so the same layout: only the glyphs differ. Boxes (or nothing) would look alike.
    expect((await png(chartWith(['很不满意', '不太满意', '比较满意', '非常满意']))).equals(drawn)).toBe(false);
  });

  it('draws a character the Latin font lacks (★, ☆) with the CJK font rather than as a box', async () => {
    const stars = await png(chartWith(['Rating ★★★', 'b', 'c', 'd']));
    expect((await png(chartWith(['Rating ☆☆☆', 'b', 'c', 'd']))).equals(stars)).toBe(false);
  });

  it('reads each font once per process: a chart still draws its glyphs after the font files are gone', async () => {
    const { copied } = copiedChartFonts();
    await png(chartWith(['一', '二', '三', 'Four']), copied);
    for (const file of copied.files) fs.rmSync(file);
    const other = chartWith(['很不满意', '不太满意', '比较满意', 'Не очень']);
    expect((await png(other, copied)).equals(await png(other))).toBe(true);
  });

  it('is refused with a clear message where no CJK font is installed, and drawn when the labels need none', async () => {
    const dir = tempDir();
    const fonts = systemChartFonts();
    for (const file of findChartFonts(systemFontDirs()).files.filter((f) => fontFamilies(f).includes(fonts.latin!))) fs.copyFileSync(file, path.join(dir, path.basename(file)));
    const latinOnly = findChartFonts([dir]);
    expect(latinOnly).toMatchObject({ latin: fonts.latin, cjk: null });
    await expect(png(chinese, latinOnly)).rejects.toThrow(expect.objectContaining({ code: 'NOT_AVAILABLE', extra: expect.objectContaining({ key: 'errors.chartNoCjkFont' }) }));
    await expect(png(chinese, latinOnly)).rejects.toThrow(/Chinese, Japanese or Korean text \(“受访者”|“非常满意”/);
    expect(pngSize(await png(chartWith(['Very', 'Fairly', 'Not very', 'Not at all']), latinOnly))).toEqual(size);
  });
});

describe('chart PNG text, drawn as outlines', () => {
  const blank = { width: 640, height: 320 };
  /** A white picture with these texts, as ECharts writes them. */
  const picture = (...texts: { text: string; attrs: SvgNode['attrs'] }[]) =>
    pictureToPng(
      {
        root: { tag: 'svg', attrs: { ...blank, xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 640 320' }, children: [{ tag: 'rect', attrs: { ...blank, fill: '#ffffff' } }, ...texts.map((t) => ({ tag: 'text', ...t }))] },
        texts: texts.map((t) => t.text),
      },
      systemChartFonts(),
    );
  const style = (px: number) => `font-size:${px}px;font-family:sans-serif;`;

  it('centres a centred title on the picture', async () => {
    for (const text of ['满意度调查', 'Удовлетворённость', 'Satisfaction 满意度']) {
      const box = inkBox(await png({ title: { text, left: 'center', top: 'middle', textStyle: { fontSize: 24 } } }))!;
      expect(Math.abs((box.left + box.right) / 2 - 320), text).toBeLessThanOrEqual(2);
      expect(Math.abs((box.top + box.bottom) / 2 - 160), text).toBeLessThanOrEqual(3);
      expect(box.right - box.left, text).toBeGreaterThan(text.length * 8);
    }
  });

  it('ends right-anchored text at its x, starts start-anchored text there, and sits on the alphabetic or hanging baseline', async () => {
    const end = inkBox(await picture({ text: 'HIXEL', attrs: { 'text-anchor': 'end', 'dominant-baseline': 'alphabetic', style: style(30), x: 500, y: 100 } }))!;
    expect(Math.abs(end.right - 500)).toBeLessThanOrEqual(3);
    expect(Math.abs(end.bottom - 100)).toBeLessThanOrEqual(1);
    const start = inkBox(await picture({ text: 'HIXEL', attrs: { style: style(30), transform: 'translate(100 200)' } }))!;
    expect(Math.abs(start.left - 100)).toBeLessThanOrEqual(3);
    expect(Math.abs(start.bottom - 200)).toBeLessThanOrEqual(1);
    expect(start.right - start.left).toBeCloseTo(end.right - end.left, -1);
    const hanging = inkBox(await picture({ text: 'HIXEL', attrs: { 'dominant-baseline': 'hanging', style: style(30), x: 100, y: 200 } }))!;
    expect(Math.abs(hanging.top - 200)).toBeLessThanOrEqual(4);
  });

  it('turns rotated text with its transform, in its fill colour and opacity', async () => {
    const attrs = { 'dominant-baseline': 'central', 'text-anchor': 'middle', style: style(20), transform: 'matrix(0,1,-1,0,320,160)', fill: '#0000ff' };
    const upright = inkBox(await picture({ text: '横排的文字', attrs: { ...attrs, transform: 'translate(320 160)' } }))!;
    const turned = await picture({ text: '横排的文字', attrs });
    const box = inkBox(turned)!;
    expect(box.bottom - box.top).toBeCloseTo(upright.right - upright.left, -1);
    expect(box.right - box.left).toBeCloseTo(upright.bottom - upright.top, -1);
    expect(Math.abs((box.top + box.bottom) / 2 - 160)).toBeLessThanOrEqual(2);
    expect(Math.abs((box.left + box.right) / 2 - 320)).toBeLessThanOrEqual(2);
    /** How many pixels are pure blue, and the darkest red channel (255 on white, 0 under full blue). */
    const ink = (image: Buffer) => {
      const { rgba } = pngPixels(image);
      let [blue, darkestRed] = [0, 255];
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i]! < 10 && rgba[i + 1]! < 10 && rgba[i + 2]! > 245) blue++;
        darkestRed = Math.min(darkestRed, rgba[i]!);
      }
      return { blue, darkestRed };
    };
    expect(ink(turned).blue).toBeGreaterThan(100);
    const faint = ink(await picture({ text: '横排的文字', attrs: { ...attrs, 'fill-opacity': 0.2 } }));
    expect(faint).toEqual({ blue: 0, darkestRed: expect.any(Number) });
    expect(faint.darkestRed).toBeGreaterThan(190);
  });
});

describe('charts.render', () => {
  it('answers { svg } without a path, and saves at a path through the safe writer (replace only when asked)', async () => {
    const { dispatch, dir } = testSession();
    const svg = await call(dispatch, 'charts.render', { option: chinese, format: 'svg', ...size });
    expect('svg' in svg && svg.svg).toContain('非常满意');
    const target = path.join(dir, 'chart.png');
    const saved = await call(dispatch, 'charts.render', { option: chinese, format: 'png', ...size, path: target });
    expect(saved).toMatchObject({ path: target, fileName: 'chart.png' });
    expect(pngSize(fs.readFileSync(target))).toEqual(size);
    const again = await dispatch('charts.render', { option: chinese, format: 'png', ...size, path: target });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.fileExists' } });
    expect(await dispatch('charts.render', { option: chinese, format: 'svg', ...size, path: target, replace: true })).toMatchObject({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<svg/);
  });

  it('offers a PNG without a path as a one-time download in the browser host', async () => {
    const { dispatch, session } = testSession();
    const offered = await call(dispatch, 'charts.render', { option: chinese, format: 'png', ...size, fileName: '满意度.png' });
    if (!('downloadId' in offered)) throw new Error('expected a download');
    expect(offered.fileName).toBe('满意度.png');
    const file = session.transfers.takeDownload(offered.downloadId)!;
    expect(pngSize(fs.readFileSync(file.path))).toEqual(size);
    expect(session.transfers.takeDownload(offered.downloadId)).toBeNull();
  });

  it('refuses sizes out of bounds and options it cannot draw, naming the field', async () => {
    const { dispatch } = testSession();
    const refused = async (input: Record<string, unknown>) => {
      const result = await dispatch('charts.render', { option: chinese, format: 'png', ...size, ...input });
      return result.ok ? null : { code: result.error.code, paths: result.error.issues?.map((i) => i.path.join('.')) };
    };
    expect(await refused({ width: 10 })).toEqual({ code: 'VALIDATION', paths: ['width'] });
    expect(await refused({ height: 5000.5 })).toEqual({ code: 'VALIDATION', paths: ['height'] });
    expect(await refused({ option: { xAxis: {} } })).toEqual({ code: 'VALIDATION', paths: ['option.series'] });
    expect(await refused({ option: { series: [{ type: 'bar' }, { type: 'sankey' }] } })).toEqual({ code: 'VALIDATION', paths: ['option.series.1.type'] });
    expect(await refused({ format: 'jpeg' })).toEqual({ code: 'VALIDATION', paths: ['format'] });
  });
});
