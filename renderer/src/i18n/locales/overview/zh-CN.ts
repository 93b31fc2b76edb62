import type { DemoProgressTranslations, LifecycleFunnelTranslations } from './en';

/** 概览的生命周期漏斗（阶段以外的部分）。 */
export const lifecycleFunnelZhCN: LifecycleFunnelTranslations = {
  noStage: '无阶段',
  noStageNote: '无阶段：未记录生命周期阶段的成员（例如导入时没有填写阶段），不计入漏斗。',
};

/** 示例社区的生成进度，显示在概览和成员面板原本为空的位置。 */
export const demoProgressZhCN: DemoProgressTranslations = {
  amount: '{{phase}}：{{amount}}',
  panelBody: '生成完成后，成员会立即显示在这里。',
};
