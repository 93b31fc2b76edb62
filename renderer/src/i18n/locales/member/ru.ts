import type { MemberTranslations } from './en';

export const memberRu: MemberTranslations = {
  field: {
    code: 'Код участника',
    externalId: 'Внешний ID',
    name: 'Имя',
    email: 'Эл. почта',
    phone: 'Телефон',
    country: 'Страна',
    city: 'Город',
    gender: 'Пол',
    birthYear: 'Год рождения',
    ageBand: 'Возрастная группа',
    joinedAt: 'Дата вступления',
    sourceChannel: 'Канал привлечения',
    lifecycleStage: 'Этап жизненного цикла',
    consentStatus: 'Согласие',
    consentDate: 'Дата согласия',
    consentScope: 'Объём согласия',
    doNotContact: 'Не связываться',
    notes: 'Заметки',
    tag: 'Тег',
    openness: 'Открытость',
    opennessAnswered: 'Отвечено пунктов открытости',
    opennessBand: 'Уровень открытости',
    uid: 'Постоянный идентификатор',
  },
};
