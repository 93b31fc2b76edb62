import type { ChartErrorTranslations, ChartTranslations } from './en';

export const chartRu: ChartTranslations = {
  actions: 'Действия с диаграммой',
  savePng: 'Сохранить как PNG',
  saveSvg: 'Сохранить как SVG',
  saved: 'Диаграмма сохранена в {{path}}',
};

export const chartErrorsRu: ChartErrorTranslations = {
  chartNoCjkFont: 'На диаграмме есть текст на китайском, японском или корейском («{{text}}»), но подходящего шрифта на этом компьютере не нашлось (искали в {{folders}}). Установите такой шрифт (например, Noto Sans CJK: пакет fonts-noto-cjk в Debian и Ubuntu) или сохраните диаграмму как SVG.',
  chartNoFont: 'На этом компьютере не нашлось шрифта для текста диаграммы (искали в {{folders}}). Сохраните диаграмму как SVG.',
  chartOptionInvalid: 'Диаграмму нельзя нарисовать: {{reason}}.',
  chartPathNeeded: 'Выберите, куда сохранить PNG.',
};
