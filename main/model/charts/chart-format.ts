/** Locale-aware number formatting the caller passes in, applied in the builders so options stay plain JSON. */
export interface ChartFormat {
  count(n: number): string;
  /** A ratio 0..1 as a percentage. */
  percent(ratio: number): string;
}

/** A percentage of the statistics (0–100, null without a base) as text; "–" when there is none. */
export const percentText = (format: ChartFormat, percent: number | null): string => (percent === null ? '–' : format.percent(percent / 100));
