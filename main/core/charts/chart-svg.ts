import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { AppError } from '../errors';
import { svgMarkup, textsOf, type SvgNode } from './svg-markup';

// What the builders of main/model/charts draw (the page registers the same in components/chart/); charts.render accepts these series types (chartSeriesTypes).
echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/** Exports sit on white, whatever the viewer's background. */
const EXPORT_BACKGROUND = '#ffffff';

/** ECharts' SVG painter, which can hand back its picture as a node tree (renderToSVGString's input). */
interface SvgPainter {
  renderToVNode(options: { animation: boolean; emphasis: boolean; willUpdate: boolean; compress: boolean; useViewBox: boolean }): SvgNode;
}

export interface ChartPicture {
  /** The picture as a node tree; svgMarkup writes it out. */
  root: SvgNode;
  /** Every text it writes. */
  texts: string[];
}

/** Draws an option with ECharts' server-side SVG renderer: no DOM, no animation, a white background unless the option sets one. */
export function drawChart(option: Record<string, unknown>, size: { width: number; height: number }): ChartPicture {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    try {
      chart.setOption({ backgroundColor: EXPORT_BACKGROUND, ...option, animation: false }, { notMerge: true });
    } catch (err) {
      throw new AppError('VALIDATION', `The chart option cannot be drawn: ${err instanceof Error ? err.message : String(err)}.`, {
        key: 'errors.chartOptionInvalid',
        params: { reason: err instanceof Error ? err.message : String(err) },
      });
    }
    const painter = chart.getZr().painter as unknown as SvgPainter;
    const root = painter.renderToVNode({ animation: false, emphasis: false, willUpdate: false, compress: true, useViewBox: true });
    return { root, texts: textsOf(root) };
  } finally {
    chart.dispose();
  }
}

export const pictureSvg = (picture: ChartPicture): string => `${svgMarkup(picture.root)}\n`;
