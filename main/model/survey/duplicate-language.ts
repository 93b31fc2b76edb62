import type { SurveyDefinition, SurveyLanguage } from './definition';
import { mapTexts, type TextMapper } from './definition-texts';

/**
 * A survey copied into another language (one language per survey): the same pages, questions,
 * options, rows, logic and settings, with the same question ids and option codes, so answers in
 * either language line up for analysis. Texts are copied as they are for the researcher to
 * translate, or passed through `translate` (e.g. a translation memory).
 */
export const duplicateInLanguage = (definition: SurveyDefinition, language: SurveyLanguage, translate: TextMapper = (text) => text): SurveyDefinition => ({
  ...mapTexts(definition, translate),
  language,
});
