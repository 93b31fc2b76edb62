import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, ChoiceAnswer } from '@model/responses/answer-value';
import { optionsOf, type Question, type SurveyLanguage } from '@model/survey/definition';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Responses in words, in the UI's language: durations, and answers with the labels of the
 * version's definition (an option's label for its code, a matrix row by row).
 */
export function useResponseText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language);
    // Chosen options are listed in the survey's language, the language of their labels.
    const lists = new Map<SurveyLanguage, Intl.ListFormat>();
    const list = (surveyLanguage: SurveyLanguage) => {
      let format = lists.get(surveyLanguage);
      if (!format) lists.set(surveyLanguage, (format = new Intl.ListFormat(surveyLanguage, { type: 'conjunction' })));
      return format;
    };
    // Short dates: a list of responses has many, in a narrow column.
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    const day = (iso: string) => new Date(iso).toDateString();

    /** When a response was completed: the time alone on the day it was started, else date and time. */
    const completedAt = (startedAt: string, completed: string) => (day(startedAt) === day(completed) ? time : dateTime).format(new Date(completed));

    const duration = (ms: number) => {
      if (ms < MINUTE) return t('responses.duration.seconds', { s: number.format(Math.round(ms / SECOND)) });
      if (ms < HOUR) return t('responses.duration.minutes', { m: number.format(Math.floor(ms / MINUTE)), s: number.format(Math.floor((ms % MINUTE) / SECOND)) });
      return t('responses.duration.hours', { h: number.format(Math.floor(ms / HOUR)), m: number.format(Math.floor((ms % HOUR) / MINUTE)) });
    };

    /** A code as its option's label (the code itself if the version has no such option). */
    const optionLabel = (q: Question, code: string) => optionsOf(q).find((o) => o.code === code)?.label ?? code;
    const choice = (q: Question, c: ChoiceAnswer) => (typeof c === 'string' ? optionLabel(q, c) : t('responses.detail.other', { text: c.text }));

    /** The answer as lines to show (a matrix: one per answered row); none for no answer. */
    const answerLines = (q: Question, value: AnswerValue, surveyLanguage: SurveyLanguage): string[] => {
      if (value === null) return [];
      if (typeof value === 'number') return [number.format(value)];
      if (Array.isArray(value)) return [list(surveyLanguage).format(value.map((c) => choice(q, c)))];
      if (typeof value === 'object' && !('code' in value)) {
        const rows = q.type === 'matrix' ? q.rows : [];
        return rows.flatMap((r) => (value[r.id] === undefined ? [] : [t('responses.detail.matrixRow', { row: r.label, answer: optionLabel(q, value[r.id]!) })]));
      }
      if (q.type === 'text' || q.type === 'longText') return [value as string];
      return [choice(q, value as ChoiceAnswer)];
    };

    return { duration, shortDateTime: (iso: string) => dateTime.format(new Date(iso)), completedAt, optionLabel, answerLines, answerText: (q: Question, value: AnswerValue, surveyLanguage: SurveyLanguage) => answerLines(q, value, surveyLanguage).join('; ') || t('responses.detail.noAnswer') };
  }, [t, language]);
}
