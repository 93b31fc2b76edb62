import type { HealthTranslations, healthErrorsEn } from './en';

export const healthZhCN: HealthTranslations = {
  title: '社区健康仪表板',
  from: '开始日期',
  to: '结束日期',
  segment: '成员范围',
  wholePanel: '全部成员',
  panelScope: '全部成员',
  retentionDays: '再次活跃的期限（天）',
  period: '{{from}} 至 {{to}}（{{days}} 天）',
  figuresFor: '数据范围：{{period}}，{{scope}}，共 {{members}} 名成员。',
  asOf: '截至 {{date}}',
  noData: '无数据',
  minutes: '{{value}} 分钟',
  funnel: { title: '各生命周期阶段的成员' },
  newMembers: { title: '每周新成员', members: '新成员', week: '{{date}} 当周' },
  participation: { title: '各问卷的参与率', survey: '{{title}}（第 {{version}} 版）', rate: '参与率', detail: '{{members}} 名成员中有 {{participants}} 名', none: '此期间没有完整的答卷。' },
  retention: { title: '按加入月份的留存', rate: '留存', detail: '{{joined}} 名加入者中有 {{retained}} 名', open: '观察期未结束', none: '此期间没有新加入的成员。' },
  kpi: {
    title: '活跃度',
    dauMau: '日活 / 月活（DAU/MAU）',
    averageSessionMinutes: '平均会话时长',
    contributorShare: '贡献内容的成员比例',
    postsAndCommentsToLikes: '每个点赞对应的帖子和评论',
    selfModeration: '自我管理',
  },
  empty: {
    title: '暂无可显示的数据',
    body: '面板有成员后，仪表板才会显示数据。请先在“成员面板”中导入成员，再在此处导入社区平台的活动和商城的交易。',
    members: '导入成员',
    activity: '导入活动',
  },
  how: {
    funnel: '每位成员当前的阶段：手动或导入时设置的阶段，否则由生命周期规则得出。每个条形统计处于该阶段或更后阶段的成员；“无阶段”统计任何规则都未归入的成员。',
    newMembersPerWeek: '按加入日期统计，期间内每周（周一至周日）加入的成员数。',
    participation: '期间内完成该问卷版本的成员数，除以面板或细分中的 {{members}} 名成员。',
    retention: '期间内每个月加入、并在加入后第 1 至 {{days}} 天内再次在平台上活跃的成员数，除以该月加入的成员数。',
    dauMau: '每天活跃成员数在期间内各天的平均值，除以期间内任何时候活跃过的成员数（任意活动事件）。',
    averageSessionMinutes: '记录了会话时长的活动事件的时长总和，除以这些事件的数量。',
    contributorShare: '期间内发帖、评论或填写开放题回答的成员数，除以在平台上或问卷中活跃的成员数。',
    postsAndCommentsToLikes: '期间内帖子与评论的总数，除以期间内的点赞数。',
    selfModeration: '期间内至少举报过一次内容的成员数，除以在平台上活跃的成员数。',
  },
};

export const healthErrorsZhCN: typeof healthErrorsEn = {
  healthPeriodReversed: '期间的开始日期 {{from}} 晚于结束日期 {{to}}。请选择不晚于结束日期的开始日期。',
};
