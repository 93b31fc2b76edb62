import { z } from 'zod';
import { method } from './define';

/** The series types charts.render draws (main/core/charts/chart-svg.ts registers them). */
const chartSeriesTypes = ['bar', 'line', 'pie'] as const;
/** Image sizes in pixels: from a thumbnail to a slide at twice its size. */
export const CHART_SIZE = { minWidth: 200, maxWidth: 4000, minHeight: 150, maxHeight: 4000 } as const;
const MAX_SERIES = 100;

/**
 * An ECharts option as a builder of main/model/charts makes it: a JSON object with one to
 * MAX_SERIES series of the drawn types. Anything else ECharts reads as it would on the page.
 */
const chartOption = z.record(z.string(), z.unknown()).superRefine((option, ctx) => {
  const series = option.series;
  const list = Array.isArray(series) ? series : [series];
  if (series === undefined || list.length === 0 || list.length > MAX_SERIES) {
    ctx.addIssue({ code: 'custom', path: ['series'], message: `expected 1 to ${MAX_SERIES} series` });
    return;
  }
  list.forEach((s: unknown, i) => {
    const type = typeof s === 'object' && s !== null ? (s as { type?: unknown }).type : undefined;
    if (!chartSeriesTypes.includes(type as (typeof chartSeriesTypes)[number])) {
      ctx.addIssue({ code: 'custom', path: Array.isArray(series) ? ['series', i, 'type'] : ['series', 'type'], message: `expected a series of type ${chartSeriesTypes.join(', ')}` });
    }
  });
});

export const chartsMethods = {
  'charts.render': method({
    summary:
      'A chart option (as the analysis pages draw it) as an image, without a browser: SVG (ECharts server-side rendering) or PNG (resvg, with the system fonts, CJK included; NOT_AVAILABLE when the labels need a CJK font the computer lacks). With path, saved there through the safe writer (an existing file only with replace: true) → { path }; else SVG → { svg }, PNG → a one-time download in the browser host → { downloadId }.',
    input: z
      .object({
        option: chartOption,
        format: z.enum(['svg', 'png']),
        width: z.number().int().min(CHART_SIZE.minWidth).max(CHART_SIZE.maxWidth),
        height: z.number().int().min(CHART_SIZE.minHeight).max(CHART_SIZE.maxHeight),
        /** Where to save it, e.g. the path dialogs.savePath answered. */
        path: z.string().min(1).optional(),
        /** Replace a file already at path (the save dialog or the user confirmed it). */
        replace: z.boolean().default(false),
        /** The name a download is offered under (browser host, PNG without path). */
        fileName: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'expects a file name without folders').optional(),
      })
      .strict(),
    output: z.union([
      z.object({ svg: z.string(), sizeBytes: z.number().int() }),
      z.object({ path: z.string(), fileName: z.string(), sizeBytes: z.number().int() }),
      /** Browser host: a one-time GET /download/<downloadId>. */
      z.object({ downloadId: z.string(), fileName: z.string(), sizeBytes: z.number().int() }),
    ]),
  }),
};
