import type { surveyErrorsEn } from './en';

export const surveyErrorsZhCN: typeof surveyErrorsEn = {
  surveyMissing: '该问卷已不存在，可能已被删除。',
  surveyVersionMissing: '该问卷版本已不存在。',
  surveyHasResponses: '问卷“{{title}}”已有 {{responses}} 份答卷，因此不能删除。答卷会保留在其所属版本下。',
  surveyNothingToPublish: '问卷“{{title}}”没有可发布的草稿：最新版本已经发布。编辑问卷即可开始新版本。',
  surveyInvalid: '问卷“{{title}}”的定义中仍有问题（{{count}} 处），因此不能发布。请先修正标出的字段。',
  surveyOverItemLimit:
    '问卷“{{title}}”未发布：它有 {{items}} 个题项，超出上限 {{itemsLimit}} 共 {{itemsExcess}} 个。题项最多的问题：{{itemsCostliest}}。请缩短问卷，或填写理由后强制发布。',
  surveyOverMinuteLimit:
    '问卷“{{title}}”未发布：预计用时 {{minutes}} 分钟，超出上限 {{minutesLimit}} 分钟 {{minutesExcess}} 分钟。用时最长的问题：{{minutesCostliest}}。请缩短问卷，或填写理由后强制发布。',
  surveyOverBothLimits:
    '问卷“{{title}}”未发布：它有 {{items}} 个题项（上限 {{itemsLimit}}），预计用时 {{minutes}} 分钟（上限 {{minutesLimit}}）。用时最长的问题：{{minutesCostliest}}。请缩短问卷，或填写理由后强制发布。',
  surveyDefinitionUnreadable: '当前版本的工作台无法读取问卷“{{title}}”的第 {{version}} 版：{{detail}}',
  surveyConstantsUnreadable: '无法读取此工作区中保存的时长估算常数。请重新拟合。',
  surveyFileInvalid: '{{file}} 不是本工作台能读取的问卷定义（{{count}} 处问题）。每处问题都注明了所涉及的字段。',
  surveyFileTooLarge: '{{file}} 作为问卷定义文件过大（最多 {{maxBytes}} 字节）。',
};
