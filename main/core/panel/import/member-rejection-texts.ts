import type { RejectionTranslations } from '../../files/csv-import/rejection-texts';

/** The member import's own row errors in Chinese and Russian, for the rejected-rows CSV. */
export const memberRejectionTexts: RejectionTranslations = {
  'zh-CN': {
    controlChar: (p) => `含有控制字符 ${p.char}，成员字段不能包含它；请删除。`,
    invalidEmail: (p) => `“${p.value}”不是电子邮件地址。`,
    languageInvalid: (p) => `“${p.value}”不是语言标记（应为 BCP 47 格式，如 en、zh-CN 或 ru）。`,
    emptyRow: () => '所有已映射的列都没有值。',
    externalIdTaken: (p) => `外部编号“${p.value}”已属于成员 ${p.code}；“两者都保留”不能让两个成员使用同一外部编号。`,
  },
  ru: {
    controlChar: (p) => `Содержит управляющий символ ${p.char}, который не может храниться в полях участника; удалите его.`,
    invalidEmail: (p) => `«${p.value}» — не адрес электронной почты.`,
    languageInvalid: (p) => `«${p.value}» — не языковой тег (ожидается BCP 47, например en, zh-CN или ru).`,
    emptyRow: () => 'Ни в одном из сопоставленных столбцов нет значения.',
    externalIdTaken: (p) => `Внешний идентификатор «${p.value}» уже есть у участника ${p.code}; при «оставить обоих» у двух участников не может быть одного внешнего идентификатора.`,
  },
};
