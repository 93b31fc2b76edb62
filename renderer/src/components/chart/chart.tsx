import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_SIZE } from '@api/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { useApi } from '@renderer/api/api-context';
import { saveText, startDownload } from '@renderer/api/download';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useDesktop } from '@renderer/hooks/use-desktop';
import { useNotify } from '@renderer/shell/notices';
import { EChart } from './echart';
import './chart.css';

export interface ChartViewProps {
  /** From a pure builder in main/model/charts/ (plain JSON; functions the page adds are not saved). */
  option: EChartsCoreOption;
  /** Text alternative: what the chart shows, for screen readers. */
  label: string;
  height: number;
  /** The saved file's name without extension, e.g. "lifecycle-funnel". */
  fileStem: string;
}

type ImageFormat = 'png' | 'svg';

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

/**
 * A chart with Save as PNG / Save as SVG. The image is made by the core (charts.render) from the
 * same option, at the size the chart has on screen: desktop app, in the file the save dialog names;
 * browser host, as a download.
 */
export function ChartView({ option, label, height, fileStem }: ChartViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const desktop = useDesktop();
  const drawn = useRef<HTMLDivElement>(null);
  const save = useAction(async (format: ImageFormat) => {
    // What crosses to the core is JSON: formatters a page adds to the builder's option stay on screen.
    const plain = JSON.parse(JSON.stringify(option)) as Record<string, unknown>;
    const size = {
      width: clamp(drawn.current?.clientWidth ?? 800, CHART_SIZE.minWidth, CHART_SIZE.maxWidth),
      height: clamp(height, CHART_SIZE.minHeight, CHART_SIZE.maxHeight),
    };
    const fileName = `${fileStem}.${format}`;
    if (desktop) {
      const target = await api.call('dialogs.savePath', { purpose: format === 'png' ? 'chartPng' : 'chartSvg', defaultName: fileName });
      if (!target.path) return;
      // The save dialog has asked before replacing a file.
      const saved = await api.call('charts.render', { option: plain, format, ...size, path: target.path, replace: true });
      if ('path' in saved) notify('success', t('chart.saved', { path: saved.path }));
      return;
    }
    const image = await api.call('charts.render', { option: plain, format, ...size, fileName });
    if ('downloadId' in image) startDownload(image.downloadId, image.fileName);
    else if ('svg' in image) saveText(image.svg, 'image/svg+xml', fileName);
  });

  return (
    <figure className="chart-view">
      <EChart ref={drawn} option={option} height={height} label={label} />
      <figcaption className="chart-actions" role="group" aria-label={t('chart.actions')}>
        <button type="button" className="button button-small button-quiet" disabled={save.busy} onClick={() => void save.run('png')}>
          {t('chart.savePng')}
        </button>
        <button type="button" className="button button-small button-quiet" disabled={save.busy} onClick={() => void save.run('svg')}>
          {t('chart.saveSvg')}
        </button>
      </figcaption>
      <FormError error={save.error} />
    </figure>
  );
}
