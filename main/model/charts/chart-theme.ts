/** Shared look of the workbench's charts, on screen (renderer) and in exports (core, ECharts SSR). */

/** The UI's font stack, so chart text matches the page in every language. */
export const CHART_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const CHART_TEXT_COLOR = '#3d4852';
export const CHART_MUTED_COLOR = '#6b7785';

/** One calm hue from dark to light, for ordered stages. */
export const SEQUENTIAL_PALETTE = ['#1d5c78', '#2f7c99', '#5a9fb8', '#8fc0d2'] as const;
