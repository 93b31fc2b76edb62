import type { ChartErrorTranslations, ChartTranslations } from './en';

export const chartZhCN: ChartTranslations = {
  actions: '图表操作',
  savePng: '另存为 PNG',
  saveSvg: '另存为 SVG',
  saved: '图表已保存到 {{path}}',
};

export const chartErrorsZhCN: ChartErrorTranslations = {
  chartNoCjkFont: '图表中有中文、日文或韩文文字（“{{text}}”），但在这台电脑上没有找到能显示它的字体（已查找 {{folders}}）。请安装一种（例如 Noto Sans CJK：Debian 和 Ubuntu 上的 fonts-noto-cjk），或将图表另存为 SVG。',
  chartNoFont: '在这台电脑上没有找到可以绘制图表文字的字体（已查找 {{folders}}）。请将图表另存为 SVG。',
  chartOptionInvalid: '无法绘制该图表：{{reason}}。',
  chartPathNeeded: '请选择 PNG 的保存位置。',
};
