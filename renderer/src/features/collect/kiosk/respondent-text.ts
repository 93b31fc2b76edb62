import { useTranslation } from 'react-i18next';
import type { SurveyLanguage } from '@model/survey/definition';

/** The kiosk's own words for the respondent (collect.respondent), in the survey's language, not the app's. */
export const useRespondentText = (language: SurveyLanguage | undefined) =>
  useTranslation('translation', { lng: language, keyPrefix: 'collect.respondent' }).t;

export type RespondentText = ReturnType<typeof useRespondentText>;
