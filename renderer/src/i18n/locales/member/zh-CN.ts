import type { MemberTranslations } from './en';

export const memberZhCN: MemberTranslations = {
  field: {
    code: '成员编号',
    externalId: '外部编号',
    name: '姓名',
    email: '邮箱',
    phone: '电话',
    country: '国家/地区',
    city: '城市',
    gender: '性别',
    birthYear: '出生年份',
    ageBand: '年龄段',
    joinedAt: '加入日期',
    sourceChannel: '来源渠道',
    lifecycleStage: '生命周期阶段',
    consentStatus: '同意状态',
    consentDate: '同意日期',
    consentScope: '同意范围',
    doNotContact: '请勿联系',
    notes: '备注',
    tag: '标签',
    openness: '开放性',
    opennessAnswered: '开放性已答题数',
    opennessBand: '开放性分段',
    uid: '稳定标识',
  },
};
