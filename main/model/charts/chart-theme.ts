/**
 * The one look of the workbench's charts, on screen (renderer) and in exports (core, ECharts SSR):
 * palettes, fonts, text and the base of every option. Each builder in this folder starts from
 * chartBase(), so a new chart matches the others without copying their settings.
 */

/** The UI's font stack, so chart text matches the page in every language (CJK fallbacks before the generic family). */
const CHART_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Okabe–Ito: series and segments with no order (e.g. one bar per country). Its colours stay apart
 * for readers with any kind of colour blindness; black is left out (it reads as text).
 */
export const CATEGORICAL_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'] as const;

/** One calm hue from dark to light, for ordered stages: the order reads from lightness alone. */
export const SEQUENTIAL_PALETTE = ['#1d5c78', '#2f7c99', '#5a9fb8', '#8fc0d2'] as const;

/**
 * Scales with a midpoint (Likert, agree–disagree): orange for the lower points, purple for the
 * upper (ColorBrewer PuOr, which every kind of colour vision tells apart), darker the further from
 * the middle; the midpoint is grey. Stops run from the outer end to the middle.
 */
const DIVERGING_LOW = ['#b35806', '#e08214', '#fdb863'] as const;
const DIVERGING_HIGH = ['#542788', '#8073ac', '#b2abd2'] as const;
export const DIVERGING_MIDDLE = '#d3d7dc';

const hexChannels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** The colour at t (0..1) along stops, in straight lines between them. */
function along(stops: readonly string[], t: number): string {
  const at = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  const [a, b] = [hexChannels(stops[i]!), hexChannels(stops[i + 1]!)];
  return `#${a.map((c, k) => Math.round(c + (b[k]! - c) * (at - i)).toString(16).padStart(2, '0')).join('')}`;
}

/** One colour per point of a scale of `points` points, lowest first: orange ramp, grey middle (odd scales), purple ramp. */
export function divergingColours(points: number): string[] {
  const half = Math.floor(points / 2);
  const side = (stops: readonly string[]) => Array.from({ length: half }, (_, i) => (half === 1 ? stops[1]! : along(stops, i / (half - 1))));
  return [...side(DIVERGING_LOW), ...(points % 2 === 1 ? [DIVERGING_MIDDLE] : []), ...side(DIVERGING_HIGH).reverse()];
}

/** A label's colour on a bar of this fill: the text colour on light fills, white on dark ones (WCAG relative luminance). */
export function labelColourOn(fill: string): string {
  const [r, g, b] = hexChannels(fill).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.3 ? chartColors.text : '#ffffff';
}

/** NPS groups: detractors vermilion, passives grey, promoters blue (Okabe–Ito's pair that stays apart for everyone). */
export const NPS_COLOURS = { detractors: '#d55e00', passives: DIVERGING_MIDDLE, promoters: '#0072b2' } as const;

export const chartColors = {
  /** Labels and titles (9.3:1 on white). */
  text: '#3d4852',
  /** Axis labels and value labels (4.6:1 on white). */
  muted: '#6b7785',
  /** Split lines behind the bars. */
  gridLine: '#e6e9ed',
  /** Data outside the scale, e.g. members with no lifecycle stage: lighter than any sequential step. */
  missing: '#d6dbe0',
  /** Reference lines and their labels, e.g. percentile thresholds (5.0:1 on white). */
  marker: '#b5523b',
} as const;

const textStyle = { fontFamily: CHART_FONT_FAMILY, color: chartColors.text };

/** What every chart shares; the builders add their data, axes and series. */
export const chartTheme = {
  colors: chartColors,
  textStyle,
  tooltip: { trigger: 'item', textStyle: { fontFamily: CHART_FONT_FAMILY } },
  animationDuration: 400,
  /** Labels on a value axis. */
  axisLabel: { color: chartColors.muted },
  /** Category names beside horizontal bars. */
  categoryLabel: { color: chartColors.text, fontSize: 13, margin: 12 },
  /** Numbers written at the end of a bar. */
  valueLabel: { color: chartColors.muted, fontSize: 12 },
  splitLine: { lineStyle: { color: chartColors.gridLine } },
} as const;

export interface ChartMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The base of every chart option: the palette (categorical unless the chart's data is ordered),
 * text, tooltip, animation, and a plot area whose margins hold the axis labels, so long labels
 * (Russian, German) are never cut off.
 */
export function chartBase(margins: ChartMargins, colors: readonly string[] = CATEGORICAL_PALETTE) {
  return {
    color: [...colors],
    textStyle: chartTheme.textStyle,
    animationDuration: chartTheme.animationDuration,
    grid: { ...margins, outerBoundsMode: 'same' as const, outerBoundsContain: 'axisLabel' as const },
    tooltip: chartTheme.tooltip,
  };
}
