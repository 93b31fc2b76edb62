/** The community health dashboard (#/community/dashboard, analysis.health) and its explanations (health.how.*, sent by the core). */
export const healthEn = {
  title: 'Community health dashboard',
  from: 'From',
  to: 'To',
  segment: 'Members',
  wholePanel: 'Whole panel',
  panelScope: 'the whole panel',
  retentionDays: 'Active again within (days)',
  period: '{{from}} – {{to}} ({{days}} days)',
  figuresFor: 'Figures for {{period}}, {{scope}}: {{members}} members.',
  asOf: 'As of {{date}}',
  noData: 'No data',
  minutes: '{{value}} min',
  funnel: { title: 'Members by lifecycle stage' },
  newMembers: { title: 'New members per week', members: 'New members', week: 'Week of {{date}}' },
  participation: { title: 'Participation per survey', survey: '{{title}} (v{{version}})', rate: 'Participation', detail: '{{participants}} of {{members}} members', none: 'No complete responses in this period.' },
  retention: { title: 'Retention by join month', rate: 'Retained', detail: '{{retained}} of {{joined}} who joined', open: 'window still open', none: 'Nobody joined in this period.' },
  kpi: {
    title: 'Activity',
    dauMau: 'Daily / monthly active (DAU/MAU)',
    averageSessionMinutes: 'Average session',
    contributorShare: 'Members who contribute content',
    postsAndCommentsToLikes: 'Posts and comments per like',
    selfModeration: 'Self-moderation',
  },
  empty: {
    title: 'Nothing to show yet',
    body: 'The dashboard fills in once the panel has members. Import members in the Panel, then the community platform’s activity and the shop’s transactions here.',
    members: 'Import members',
    activity: 'Import activity',
  },
  how: {
    funnel: 'Each member’s stage today: set by hand or by import, otherwise derived by the lifecycle rules. A bar counts the members at that stage or a later one; “No stage” counts the members no rule places.',
    newMembersPerWeek: 'Members who joined in each week (Monday to Sunday) of the period, by their join date.',
    participation: 'Members with a complete response to the survey version in the period, divided by the {{members}} members of the panel or segment.',
    retention: 'Members who joined in each month of the period and were active on the platform again between 1 and {{days}} days after joining, divided by the members who joined that month.',
    dauMau: 'Members active each day, averaged over the days of the period, divided by the members active at any time in the period (any activity event).',
    averageSessionMinutes: 'Session minutes added up over the activity events that record them, divided by the number of those events.',
    contributorShare: 'Members who posted, commented or gave an open-text answer in the period, divided by the members active on the platform or in a survey.',
    postsAndCommentsToLikes: 'Posts plus comments in the period, divided by the likes in the period.',
    selfModeration: 'Members who reported content at least once in the period, divided by the members active on the platform.',
  },
};

export type HealthTranslations = typeof healthEn;

export const healthErrorsEn = {
  healthPeriodReversed: 'The period starts on {{from}}, after it ends on {{to}}. Choose a start on or before the end.',
};
