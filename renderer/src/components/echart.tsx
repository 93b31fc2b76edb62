import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only what the option builders of main/model/charts use, so the bundle stays small (markLine:
// the openness histogram's percentile markers). A builder that needs more registers it here.
echarts.use([BarChart, DatasetComponent, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export interface EChartProps {
  /** From a pure builder in main/model/charts/. */
  option: EChartsCoreOption;
  /** Text alternative: what the chart shows, for screen readers. */
  label: string;
  height: number;
}

/** Draws an ECharts option (SVG renderer, crisp at any zoom) and follows the container's width. */
export function EChart({ option, label, height }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
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
