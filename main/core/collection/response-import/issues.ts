import { readIssueTexts, rejectionMaker, type IssueParams as Params } from '../../files/csv-import/row-issues';
import type { RejectionTranslations } from '../../files/csv-import/rejection-texts';

/**
 * Why a row of a response file is rejected, in English; the params carry the row's column and
 * value, the question and what was expected, so the renderer and the rejected-rows CSV translate it.
 */
const texts = {
  ...readIssueTexts,
  controlChar: (p: Params) => `Contains the control character ${p.char}, which no answer may hold; remove it.`,
  unknownOption: (p: Params) => `'${p.value}' is not an option of ${p.questionId}: expected the code or label of one of ${p.expected}.`,
  twoAnswers: (p: Params) => `'${p.value}' gives ${p.count} answers to ${p.questionId}, which takes one (expected one of ${p.expected}).`,
  twoAnswersAcross: (p: Params) => `${p.questionId} takes one answer, but this row gives '${p.value}' here and '${p.otherValue}' in column '${p.otherColumn}'.`,
  notAFlag: (p: Params) => `'${p.value}' does not say whether option ${p.optionCode} of ${p.questionId} was chosen: expected 1 or 0 (yes or no, or the option's code or label).`,
  notANumber: (p: Params) => `'${p.value}' is not a number, which ${p.questionId} expects (${p.range}).`,
  notAnInteger: (p: Params) => `'${p.value}' is not a whole number, which ${p.questionId} expects (${p.range}).`,
  numberOutOfRange: (p: Params) => `${p.value} is outside the range of ${p.questionId}: expected ${p.range}.`,
  npsInvalid: (p: Params) => `'${p.value}' is not a score of ${p.questionId}: expected a whole number from 0 to 10.`,
  npsInvalidOrOption: (p: Params) => `'${p.value}' is not a score of ${p.questionId}: expected a whole number from 0 to 10 or one of ${p.expected}.`,
  textTooLong: (p: Params) => `The text is ${p.length} characters long; ${p.questionId} takes at most ${p.max}.`,
  exclusiveWithOthers: (p: Params) => `'${p.optionCode}' of ${p.questionId} excludes every other choice, but this row also chooses ${p.others}.`,
  tooManyChoices: (p: Params) => `This row chooses ${p.count} options of ${p.questionId}, which takes at most ${p.max}.`,
  tooFewChoices: (p: Params) => `This row chooses ${p.count} options of ${p.questionId}, which takes at least ${p.min}.`,
  noMemberCode: (p: Params) => `No panel member has the member code '${p.value}'.`,
  noMemberExternalId: (p: Params) => `No panel member has the external id '${p.value}'.`,
  noMemberEmail: (p: Params) => `No panel member has the email '${p.value}'.`,
  memberAmbiguous: (p: Params) => `${p.count} panel members have the email '${p.value}': name the member by member code or external id instead.`,
  memberMissing: () => 'The survey needs every response to name a panel member, and this row names none.',
  timestampInvalid: (p: Params) => `'${p.value}' is not a date and time: expected ISO 8601 such as 2024-03-05T14:22:10Z, 2024-03-05 14:22 or 2024-03-05 (no time zone = UTC).`,
  completedBeforeStarted: (p: Params) => `Completed at ${p.value}, before it was started (${p.startedAt}).`,
};

export type ResponseIssueCode = keyof typeof texts;
export const responseIssueCodes = Object.keys(texts) as ResponseIssueCode[];

export const rejection = rejectionMaker(texts, 'responsesImport.issue');

/** The same reasons in Chinese and Russian, for the rejected-rows CSV. */
export const responseRejectionTexts: RejectionTranslations = {
  'zh-CN': {
    controlChar: (p) => `含有控制字符 ${p.char}，答案不能包含它；请删除。`,
    unknownOption: (p) => `“${p.value}”不是 ${p.questionId} 的选项：应为以下选项之一的代码或标签：${p.expected}。`,
    twoAnswers: (p) => `“${p.value}”给了 ${p.questionId} ${p.count} 个答案，而该题只接受一个（应为以下之一：${p.expected}）。`,
    twoAnswersAcross: (p) => `${p.questionId} 只接受一个答案，但这一行在此给出“${p.value}”，又在列“${p.otherColumn}”中给出“${p.otherValue}”。`,
    notAFlag: (p) => `“${p.value}”没有说明是否选择了 ${p.questionId} 的选项 ${p.optionCode}：应为 1 或 0（是或否，或该选项的代码或标签）。`,
    notANumber: (p) => `“${p.value}”不是数字，而 ${p.questionId} 需要数字（${p.range}）。`,
    notAnInteger: (p) => `“${p.value}”不是整数，而 ${p.questionId} 需要整数（${p.range}）。`,
    numberOutOfRange: (p) => `${p.value} 超出了 ${p.questionId} 的范围：应为 ${p.range}。`,
    npsInvalid: (p) => `“${p.value}”不是 ${p.questionId} 的评分：应为 0 到 10 的整数。`,
    npsInvalidOrOption: (p) => `“${p.value}”不是 ${p.questionId} 的评分：应为 0 到 10 的整数或以下之一：${p.expected}。`,
    textTooLong: (p) => `文本长 ${p.length} 个字符；${p.questionId} 最多接受 ${p.max} 个。`,
    exclusiveWithOthers: (p) => `${p.questionId} 的“${p.optionCode}”排斥其他所有选项，但这一行还选择了 ${p.others}。`,
    tooManyChoices: (p) => `这一行选择了 ${p.questionId} 的 ${p.count} 个选项，该题最多接受 ${p.max} 个。`,
    tooFewChoices: (p) => `这一行选择了 ${p.questionId} 的 ${p.count} 个选项，该题至少需要 ${p.min} 个。`,
    noMemberCode: (p) => `没有成员编号为“${p.value}”的成员。`,
    noMemberExternalId: (p) => `没有外部编号为“${p.value}”的成员。`,
    noMemberEmail: (p) => `没有电子邮件为“${p.value}”的成员。`,
    memberAmbiguous: (p) => `有 ${p.count} 位成员的电子邮件是“${p.value}”：请改用成员编号或外部编号指明成员。`,
    memberMissing: () => '该问卷要求每份答卷都指明一位成员，而这一行没有。',
    timestampInvalid: (p) => `“${p.value}”不是日期时间：应为 ISO 8601 格式，例如 2024-03-05T14:22:10Z、2024-03-05 14:22 或 2024-03-05（无时区即 UTC）。`,
    completedBeforeStarted: (p) => `完成时间 ${p.value} 早于开始时间（${p.startedAt}）。`,
  },
  ru: {
    controlChar: (p) => `Содержит управляющий символ ${p.char}, который не может храниться в ответе; удалите его.`,
    unknownOption: (p) => `«${p.value}» — не вариант вопроса ${p.questionId}: ожидается код или подпись одного из вариантов: ${p.expected}.`,
    twoAnswers: (p) => `«${p.value}» даёт вопросу ${p.questionId} несколько ответов (${p.count}), а он принимает один (ожидается один из: ${p.expected}).`,
    twoAnswersAcross: (p) => `Вопрос ${p.questionId} принимает один ответ, а в этой строке здесь «${p.value}», а в столбце «${p.otherColumn}» — «${p.otherValue}».`,
    notAFlag: (p) => `«${p.value}» не говорит, выбран ли вариант ${p.optionCode} вопроса ${p.questionId}: ожидается 1 или 0 (да или нет, либо код или подпись варианта).`,
    notANumber: (p) => `«${p.value}» — не число, а вопрос ${p.questionId} ожидает число (${p.range}).`,
    notAnInteger: (p) => `«${p.value}» — не целое число, а вопрос ${p.questionId} ожидает целое (${p.range}).`,
    numberOutOfRange: (p) => `${p.value} вне диапазона вопроса ${p.questionId}: ожидается ${p.range}.`,
    npsInvalid: (p) => `«${p.value}» — не оценка вопроса ${p.questionId}: ожидается целое число от 0 до 10.`,
    npsInvalidOrOption: (p) => `«${p.value}» — не оценка вопроса ${p.questionId}: ожидается целое число от 0 до 10 или одно из: ${p.expected}.`,
    textTooLong: (p) => `Текст длиной ${p.length} символов; вопрос ${p.questionId} принимает не больше ${p.max}.`,
    exclusiveWithOthers: (p) => `Вариант «${p.optionCode}» вопроса ${p.questionId} исключает все остальные, а в этой строке выбраны ещё ${p.others}.`,
    tooManyChoices: (p) => `В этой строке выбрано вариантов вопроса ${p.questionId}: ${p.count}, а он принимает не больше ${p.max}.`,
    tooFewChoices: (p) => `В этой строке выбрано вариантов вопроса ${p.questionId}: ${p.count}, а он требует не меньше ${p.min}.`,
    noMemberCode: (p) => `Нет участника с кодом «${p.value}».`,
    noMemberExternalId: (p) => `Нет участника с внешним идентификатором «${p.value}».`,
    noMemberEmail: (p) => `Нет участника с адресом «${p.value}».`,
    memberAmbiguous: (p) => `Адрес «${p.value}» есть у нескольких участников (${p.count}): укажите участника по коду или внешнему идентификатору.`,
    memberMissing: () => 'Опрос требует, чтобы каждый ответ называл участника, а в этой строке его нет.',
    timestampInvalid: (p) => `«${p.value}» — не дата и время: ожидается ISO 8601, например 2024-03-05T14:22:10Z, 2024-03-05 14:22 или 2024-03-05 (без часового пояса — UTC).`,
    completedBeforeStarted: (p) => `Завершён ${p.value}, раньше, чем начат (${p.startedAt}).`,
  },
};
