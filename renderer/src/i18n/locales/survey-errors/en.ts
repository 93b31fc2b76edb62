/** Messages of the survey core's errors (main/core/surveys/), by the key each error carries. */
export const surveyErrorsEn = {
  surveyMissing: 'This survey no longer exists. It may have been deleted.',
  surveyVersionMissing: 'This version of the survey no longer exists.',
  surveyHasResponses: 'The survey “{{title}}” has {{responses}} responses, so it cannot be deleted. Its responses keep their version.',
  surveyNothingToPublish: 'The survey “{{title}}” has no draft to publish: its latest version is already published. Edit it to start a new version.',
  surveyInvalid: 'The survey “{{title}}” cannot be published while its definition has problems ({{count}}). Fix the marked fields first.',
  surveyOverItemLimit:
    'The survey “{{title}}” was not published: it has {{items}} items, {{itemsExcess}} over its limit of {{itemsLimit}}. The questions with most items: {{itemsCostliest}}. Shorten it, or publish it with a reason for the override.',
  surveyOverMinuteLimit:
    'The survey “{{title}}” was not published: it is estimated at {{minutes}} minutes, {{minutesExcess}} over its limit of {{minutesLimit}}. The longest questions: {{minutesCostliest}}. Shorten it, or publish it with a reason for the override.',
  surveyOverBothLimits:
    'The survey “{{title}}” was not published: it has {{items}} items (limit {{itemsLimit}}) and is estimated at {{minutes}} minutes (limit {{minutesLimit}}). The longest questions: {{minutesCostliest}}. Shorten it, or publish it with a reason for the override.',
  surveyDefinitionUnreadable: 'Version {{version}} of the survey “{{title}}” cannot be read by this version of the workbench: {{detail}}',
  surveyConstantsUnreadable: 'The length estimator’s constants stored in this workspace cannot be read. Refit them again.',
  surveyFileInvalid: '{{file}} is not a survey definition this workbench can read ({{count}} problems). Each is listed with the field it concerns.',
  surveyFileTooLarge: '{{file}} is too large for a survey definition (at most {{maxBytes}} bytes).',
};
