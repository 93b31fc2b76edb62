import type { SurveyLanguage } from '@model/survey/definition';
import { respondentEn, type RespondentStrings } from './en';
import { respondentRu } from './ru';
import { respondentZhCN } from './zh-CN';

export type { RespondentStrings } from './en';

/** The respondent-facing strings of each survey language. */
export const respondentStrings: Record<SurveyLanguage, RespondentStrings> = { en: respondentEn, 'zh-CN': respondentZhCN, ru: respondentRu };

/** Replaces {{name}} placeholders; the respondent tables are plain strings, not an i18next instance. */
export const fill = (text: string, params: Record<string, string | number> = {}): string =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
