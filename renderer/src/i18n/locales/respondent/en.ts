/**
 * What a respondent reads around the questions, in the SURVEY's language (not the UI's): buttons,
 * progress, messages, and the starting texts of new questions in the designer. The respondent view
 * (components/respondent-view/) reads these tables directly, without the app's i18n instance, so the
 * kiosk and the offline survey pack can use it as it is. zh-CN and ru have exactly these keys (typed).
 */
export const respondentEn = {
  next: 'Next',
  back: 'Back',
  submit: 'Submit',
  progress: 'Page {{page}} of {{pages}}',
  required: 'Please answer this question.',
  requiredMark: 'required',
  matrixRowsMissing: 'Please answer every row.',
  otherText: 'Please say what “other” is.',
  otherLabel: 'Please specify',
  notANumber: 'Please enter a number.',
  notAWholeNumber: 'Please enter a whole number.',
  tooLow: 'Please enter {{min}} or more.',
  tooHigh: 'Please enter {{max}} or less.',
  tooLong: 'Please use at most {{max}} characters.',
  tooFewChoices: 'Please choose at least {{min}}.',
  tooManyChoices: 'Please choose at most {{max}}.',
  charactersLeft: '{{left}} characters left',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  endTitle: 'Thank you!',
  endMessage: 'Your answers have been recorded.',
  quotaFull: 'Thank you for your interest. This survey is already full.',
  questionsLabel: 'Questions on this page',
  pack: {
    kept: 'Your answers are kept on this device as you give them.',
    download: 'Download responses ({{n}})',
    downloadHint: 'Bring the downloaded file to the workbench and import it as a bundle. Download again after more answers: the workbench updates what it has.',
    next: 'Next respondent',
    noData: 'This file holds no survey. Export the offline pack again from the workbench.',
  },
  templates: {
    question: 'New question',
    info: 'Some information for the respondent.',
    option: 'Option {{n}}',
    row: 'Statement {{n}}',
    other: 'Other, please specify',
    dontKnow: 'Don’t know',
    none: 'None of these',
    likert5: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    likert7: ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree'],
  },
};

export type RespondentStrings = typeof respondentEn;
