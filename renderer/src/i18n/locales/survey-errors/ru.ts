import type { surveyErrorsEn } from './en';

export const surveyErrorsRu: typeof surveyErrorsEn = {
  surveyMissing: 'Этого опроса больше нет. Возможно, его удалили.',
  surveyVersionMissing: 'Этой версии опроса больше нет.',
  surveyHasResponses: 'У опроса «{{title}}» есть ответы ({{responses}}), поэтому его нельзя удалить. Ответы остаются при своей версии.',
  surveyNothingToPublish: 'У опроса «{{title}}» нет черновика для публикации: последняя версия уже опубликована. Измените опрос, чтобы начать новую версию.',
  surveyInvalid: 'Опрос «{{title}}» нельзя опубликовать, пока в его определении есть ошибки ({{count}}). Сначала исправьте отмеченные поля.',
  surveyOverItemLimit:
    'Опрос «{{title}}» не опубликован: в нём {{items}} пунктов, на {{itemsExcess}} больше предела {{itemsLimit}}. Вопросы с наибольшим числом пунктов: {{itemsCostliest}}. Сократите опрос или опубликуйте его, указав причину превышения.',
  surveyOverMinuteLimit:
    'Опрос «{{title}}» не опубликован: его оценочная длительность {{minutes}} мин, на {{minutesExcess}} мин больше предела {{minutesLimit}} мин. Самые долгие вопросы: {{minutesCostliest}}. Сократите опрос или опубликуйте его, указав причину превышения.',
  surveyOverBothLimits:
    'Опрос «{{title}}» не опубликован: в нём {{items}} пунктов (предел {{itemsLimit}}), оценочная длительность {{minutes}} мин (предел {{minutesLimit}}). Самые долгие вопросы: {{minutesCostliest}}. Сократите опрос или опубликуйте его, указав причину превышения.',
  surveyDefinitionUnreadable: 'Эта версия программы не может прочитать версию {{version}} опроса «{{title}}»: {{detail}}',
  surveyConstantsUnreadable: 'Сохранённые в рабочей области константы оценки длительности не читаются. Подберите их заново.',
  surveyFileInvalid: '{{file}} — не определение опроса, которое может прочитать эта программа (ошибок: {{count}}). Для каждой указано поле, к которому она относится.',
  surveyFileTooLarge: 'Файл {{file}} слишком велик для определения опроса (не больше {{maxBytes}} байт).',
};
