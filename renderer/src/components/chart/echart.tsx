import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { BarChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only what the option builders of main/model/charts use, so the bundle stays small (markLine: the
// openness histogram's percentile markers and the diverging bars' centre line; legend: series; title:
// the numeric distribution's summary line). A builder that needs more registers it here and in
// main/core/charts/chart-svg.ts, which renders the same options for exports.
echarts.use([BarChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface EChartProps {
  /** From a pure builder in main/model/charts/. */
  option: EChartsCoreOption;
  /** Text alternative: what the chart shows, for screen readers. */
  label: string;
  height: number;
  /** The drawn chart's element, e.g. to save it at its size on screen. */
  ref?: Ref<HTMLDivElement>;
}

/** Draws an ECharts option (SVG renderer, crisp at any zoom) and follows the container's width. */
export function EChart({ option, label, height, ref }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => container.current!, []);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} className="echart" role="img" aria-label={label} style={{ height }} />;
}
