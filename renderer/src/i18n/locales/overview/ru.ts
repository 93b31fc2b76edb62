import type { DemoProgressTranslations, LifecycleFunnelTranslations } from './en';

/** Воронка жизненного цикла на обзоре: всё, кроме самих этапов. */
export const lifecycleFunnelRu: LifecycleFunnelTranslations = {
  noStage: 'Без этапа',
  noStageNote: 'Без этапа: участники, у которых не записан этап жизненного цикла (например, импортированные без него). В воронку они не входят.',
};

/** Ход генерации демонстрационного сообщества там, где обзор и панель иначе были бы пусты. */
export const demoProgressRu: DemoProgressTranslations = {
  amount: '{{phase}}: {{amount}}',
  panelBody: 'Участники появятся здесь, как только генерация завершится.',
};
