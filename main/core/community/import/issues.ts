import { activityTypes } from '@model/community/lifecycle-rules';
import { responseRejectionTexts } from '../../collection/response-import/issues';
import type { RejectionTranslations } from '../../files/csv-import/rejection-texts';
import { readIssueTexts, rejectionMaker, type IssueParams as Params } from '../../files/csv-import/row-issues';

const TYPES = activityTypes.join(', ');
const TIMESTAMP_EXPECTED = 'ISO 8601 such as 2024-03-05T14:22:10Z, 2024-03-05 14:22 or 2024-03-05 (no time zone = UTC)';

/**
 * Why a row of a transactions or activity file is rejected, in English, with the column, the value
 * and what was expected in the params (the renderer and the rejected-rows CSV translate them). The
 * member lookup's codes (noMemberCode, …) are the response import's (collection/response-import/member-lookup.ts).
 */
const texts = {
  ...readIssueTexts,
  controlChar: (p: Params) => `Contains the control character ${p.char}; remove it.`,
  valueMissing: () => 'Empty: every row needs a value here.',
  timestampInvalid: (p: Params) => `'${p.value}' is not a date and time: expected ${TIMESTAMP_EXPECTED}.`,
  amountInvalid: (p: Params) => `'${p.value}' is not an amount: expected a number such as 12.50 (12,50 with a decimal comma).`,
  amountPrecision: (p: Params) => `'${p.value}' has more decimals than ${p.currency} has (${p.digits}).`,
  currencyInvalid: (p: Params) => `'${p.value}' is not an ISO 4217 currency code: expected three letters such as EUR, USD or CNY.`,
  typeUnknown: (p: Params) => `'${p.value}' is not an activity type: expected one of ${TYPES} (or recode the platform's word to one).`,
  minutesInvalid: (p: Params) => `'${p.value}' is not a number of session minutes: expected a number from 0 to 1440.`,
};

export type CommunityIssueCode = keyof typeof texts;
export const communityIssueCodes = Object.keys(texts) as CommunityIssueCode[];

export const rejection = rejectionMaker(texts, 'communityImport.issue');

const member = (lang: 'zh-CN' | 'ru') => {
  const t = responseRejectionTexts[lang];
  return { noMemberCode: t.noMemberCode!, noMemberExternalId: t.noMemberExternalId!, noMemberEmail: t.noMemberEmail!, memberAmbiguous: t.memberAmbiguous! };
};

/** The same reasons in Chinese and Russian, for the rejected-rows CSV. */
export const communityRejectionTexts: RejectionTranslations = {
  'zh-CN': {
    ...member('zh-CN'),
    controlChar: (p) => `含有控制字符 ${p.char}；请删除。`,
    valueMissing: () => '为空：每一行都需要此值。',
    timestampInvalid: (p) => `“${p.value}”不是日期时间：应为 ISO 8601 格式，例如 2024-03-05T14:22:10Z、2024-03-05 14:22 或 2024-03-05（无时区即 UTC）。`,
    amountInvalid: (p) => `“${p.value}”不是金额：应为数字，例如 12.50（使用小数逗号时为 12,50）。`,
    amountPrecision: (p) => `“${p.value}”的小数位多于 ${p.currency} 允许的位数（${p.digits}）。`,
    currencyInvalid: (p) => `“${p.value}”不是 ISO 4217 货币代码：应为三个字母，例如 EUR、USD 或 CNY。`,
    typeUnknown: (p) => `“${p.value}”不是活动类型：应为 ${TYPES} 之一（或将平台的用词重新编码为其中之一）。`,
    minutesInvalid: (p) => `“${p.value}”不是会话分钟数：应为 0 到 1440 之间的数字。`,
  },
  ru: {
    ...member('ru'),
    controlChar: (p) => `Содержит управляющий символ ${p.char}; удалите его.`,
    valueMissing: () => 'Пусто: в каждой строке здесь нужно значение.',
    timestampInvalid: (p) => `«${p.value}» — не дата и время: ожидается ISO 8601, например 2024-03-05T14:22:10Z, 2024-03-05 14:22 или 2024-03-05 (без часового пояса — UTC).`,
    amountInvalid: (p) => `«${p.value}» — не сумма: ожидается число, например 12.50 (12,50 с десятичной запятой).`,
    amountPrecision: (p) => `В «${p.value}» больше знаков после запятой, чем допускает ${p.currency} (${p.digits}).`,
    currencyInvalid: (p) => `«${p.value}» — не код валюты ISO 4217: ожидаются три буквы, например EUR, USD или CNY.`,
    typeUnknown: (p) => `«${p.value}» — не тип активности: ожидается одно из ${TYPES} (или перекодируйте слово платформы).`,
    minutesInvalid: (p) => `«${p.value}» — не число минут сеанса: ожидается число от 0 до 1440.`,
  },
};
