/** The chart view's actions (components/chart/). */
export const chartEn = {
  actions: 'Chart actions',
  savePng: 'Save as PNG',
  saveSvg: 'Save as SVG',
  saved: 'Chart saved to {{path}}',
};

/** Refusals of charts.render. */
export const chartErrorsEn = {
  chartNoCjkFont: 'The chart has Chinese, Japanese or Korean text (“{{text}}”), but no font for it was found on this computer (looked in {{folders}}). Install one (e.g. Noto Sans CJK: fonts-noto-cjk on Debian and Ubuntu), or save the chart as SVG.',
  chartNoFont: 'No font to draw the chart’s text was found on this computer (looked in {{folders}}). Save the chart as SVG.',
  chartOptionInvalid: 'The chart cannot be drawn: {{reason}}.',
  chartPathNeeded: 'Choose where to save the PNG.',
};

export type ChartTranslations = typeof chartEn;
export type ChartErrorTranslations = typeof chartErrorsEn;
