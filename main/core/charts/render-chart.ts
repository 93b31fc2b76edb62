import os from 'node:os';
import path from 'node:path';
import type { FileDelivery } from '../call-context';
import { AppError } from '../errors';
import { offerDownload } from '../files/offer-download';
import { systemChartFonts, type ChartFonts } from './chart-fonts';

export interface ChartRenderRequest {
  option: Record<string, unknown>;
  format: 'svg' | 'png';
  width: number;
  height: number;
  path?: string;
  replace: boolean;
  /** The name a download is offered under. */
  fileName?: string;
}

/** Browser-host downloads of chart images (no personal data beyond the labels; removed after ten minutes). */
const DOWNLOADS = { png: { dir: path.join(os.tmpdir(), 'icw-chart-exports'), extension: '.png' } };

/**
 * A chart option (from a builder of main/model/charts) as an image: SVG from ECharts' server-side
 * renderer, PNG from that SVG through resvg. With a path, saved there through the safe writer; else
 * the SVG itself, or for a PNG a one-time download (browser host).
 */
export async function renderChart(files: FileDelivery, request: ChartRenderRequest, fonts: () => ChartFonts = systemChartFonts) {
  // Loaded on the first chart: ECharts and resvg hold about 24 MB that a core which draws no chart
  // (most sessions, and every import) need not carry.
  const [{ drawChart, pictureSvg }, { pictureToPng }] = await Promise.all([import('./chart-svg'), import('./chart-png')]);
  const picture = drawChart(request.option, request);
  const bytes = request.format === 'svg' ? pictureSvg(picture) : await pictureToPng(picture, fonts());
  const sizeBytes = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (request.path !== undefined) {
    const saved = await files.save(request.path, { bytes }, { replace: request.replace });
    return { path: saved.path, fileName: path.basename(saved.path), sizeBytes: saved.sizeBytes };
  }
  if (typeof bytes === 'string') return { svg: bytes, sizeBytes };
  const fileName = request.fileName ?? 'chart.png';
  const downloadId = await offerDownload(files, bytes, fileName, DOWNLOADS.png);
  if (downloadId === null) {
    throw new AppError('VALIDATION', 'A PNG is saved to a file here: give path (e.g. from dialogs.savePath).', { key: 'errors.chartPathNeeded', issues: [{ path: ['path'], message: 'expected a path for a PNG' }] });
  }
  return { downloadId, fileName, sizeBytes };
}
