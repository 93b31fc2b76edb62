/** The overview's lifecycle funnel beyond its stages. */
export const lifecycleFunnelEn = {
  noStage: 'No stage',
  noStageNote: 'No stage: members with no recorded lifecycle stage (e.g. imported without one). They are not part of the funnel.',
};

/** The demo community's progress, where the overview and the panel would otherwise be empty. */
export const demoProgressEn = {
  amount: '{{phase}}: {{amount}}',
  panelBody: 'The members appear here as soon as it has finished.',
};

export type LifecycleFunnelTranslations = typeof lifecycleFunnelEn;
export type DemoProgressTranslations = typeof demoProgressEn;
