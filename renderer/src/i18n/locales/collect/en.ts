/**
 * The Collect area and its kiosk. `respondent` is what the respondent reads around the survey
 * (start, member code, saving, next respondent), shown in the SURVEY's language (t with lng); the
 * rest is for the researcher, in the UI's language.
 */
export const collectEn = {
  title: 'Collect',
  subtitle: 'Run a published survey full screen on this device. Each answer is saved as soon as it is given.',
  versions: {
    title: 'Published surveys',
    empty: {
      title: 'No published survey yet',
      body: 'Publish a survey in Surveys, then run it here in kiosk mode.',
    },
    earlier: 'Show earlier versions',
    survey: 'Survey',
    version: 'Version',
    respondents: 'Respondents',
    responses: 'Responses',
    versionValue: 'Version {{version}}',
    publishedAt: 'published {{date}}',
    ofCap: '{{count}} of {{cap}}',
    start: 'Start kiosk…',
    startFor: 'Start kiosk for {{title}}, version {{version}}',
  },
  identification: {
    anonymous: 'Anonymous',
    member: 'Members only',
    optional: 'Members or anonymous',
  },
  drafts: {
    title: 'Unfinished responses',
    intro: 'Started and not submitted: the kiosk was left, the app closed or the computer stopped. Every answer given is kept. Resume goes on at the first unanswered question.',
    survey: 'Survey',
    respondent: 'Respondent',
    anonymous: 'Anonymous',
    answered: 'Answered',
    lastAnswer: 'Last answer',
    resume: 'Resume…',
    discard: 'Discard…',
    resumeFor: 'Resume the response started {{date}}',
    discardFor: 'Discard the response started {{date}}',
    discardTitle: 'Discard this unfinished response?',
    discardBody: 'It was started {{date}}. Its answers are set aside and never counted as a response. This cannot be undone.',
    discardConfirm: 'Discard response',
    discarded: 'The unfinished response was discarded.',
  },
  setup: {
    title: 'Start kiosk: {{title}}',
    resumeTitle: 'Resume in kiosk: {{title}}',
    intro: 'The survey fills the screen and respondents answer on this device. Only the PIN you set here leaves kiosk mode.',
    resumeIntro: 'The response goes on at its first unanswered question, with the answers given so far. Only the PIN you set here leaves kiosk mode.',
    version: 'Version {{version}}, published {{date}}, in {{language}}',
    identification: 'Respondents',
    anonymousOnly: 'Respondents stay anonymous (the survey’s setting).',
    anonymous: 'Anonymous',
    byCode: 'Each respondent types their member code',
    byCodeOptional: 'Each respondent may type their member code, or stay anonymous',
    pickMember: 'One panel member, chosen here',
    memberSearch: 'Find the member',
    memberSearchPlaceholder: 'Name, email or member code',
    noMembers: 'No member matches.',
    chooseMember: 'Choose the member who will answer.',
    pin: 'PIN to leave kiosk mode',
    pinHint: '4 to 8 digits. Do not let respondents see it.',
    pinRepeat: 'Repeat the PIN',
    pinInvalid: 'The PIN must be 4 to 8 digits.',
    pinMismatch: 'The two PINs are not the same.',
    start: 'Start kiosk',
    resume: 'Resume in kiosk',
    fullScreenRefused: 'The browser did not allow full screen ({{reason}}). Kiosk mode was not started.',
  },
  pin: {
    title: 'Leave kiosk mode',
    intro: 'Enter the PIN that was set when the kiosk started. The response in progress is kept and can be resumed later.',
    fullScreenLeft: 'Full screen was left. Go back to the survey, or enter the PIN to leave kiosk mode.',
    label: 'PIN',
    leave: 'Leave kiosk mode',
    back: 'Back to the survey',
    wrong: 'That is not the PIN.',
  },
  respondent: {
    welcome: 'Welcome',
    welcomeBody: 'Thank you for taking part. Your answers are saved as you go.',
    start: 'Start',
    memberCode: 'Your member code',
    memberCodeOptional: 'Your member code (if you have one)',
    codeMissing: 'Please enter your member code.',
    unknownCode: 'We could not find this member code. Please check it and try again.',
    startFailed: 'The survey could not be started. Please ask the person in charge.',
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: 'Your last answer could not be saved.',
    retry: 'Try again',
    submitFailed: 'Your answers could not be submitted. Please try again.',
    nextRespondent: 'Next respondent',
    handBack: 'Please hand the device back to the person in charge.',
    largeText: 'Larger text',
    exit: 'Exit',
    kioskLabel: 'Survey',
  },
};

/** Messages of the desktop shell's kiosk lock (main/shell/kiosk-lock.ts), by their error keys. */
export const kioskErrorsEn = {
  kiosk: {
    wrongPin: 'That is not the PIN.',
    tooManyAttempts: 'Too many wrong PINs. Try again in {{seconds}} seconds.',
    alreadyLocked: 'Kiosk mode is already on. Leave it with its PIN first.',
  },
};

export type CollectTranslations = typeof collectEn;
export type KioskErrorTranslations = typeof kioskErrorsEn;
