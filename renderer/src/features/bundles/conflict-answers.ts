import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleConflict } from '@api/bundles';
import type { ChoiceAnswer } from '@model/responses/answer-value';
import { answerValueOf } from '@model/responses/answer-rows';
import { optionsOf, questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';

type AnswerRow = BundleConflict['mine']['answers'][number];

/** One question's answer on one side of a conflict: the question's text (null: the version has no such question) and the answer in words. */
export interface ConflictAnswer {
  questionId: string;
  question: string | null;
  answer: string;
}

/** The stored rows as they were written: codes, numbers and texts (for a question the version does not know). */
const rawAnswer = (rows: readonly AnswerRow[]) =>
  rows.map((a) => `${a.rowId ? `${a.rowId}: ` : ''}${[a.optionCode, a.num, a.text].filter((v) => v !== null).join(' · ')}`).join('; ');

/**
 * A conflict's answers in words, in the UI's language: each question by its text in the version's
 * order, options and matrix rows by their labels with the stored codes beside them (the codes are
 * what differs between two sides that read alike). Without the definition, the codes alone.
 */
export function useConflictAnswers() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language);
    const option = (q: Question, code: string) => {
      const label = optionsOf(q).find((o) => o.code === code)?.label;
      return label === undefined ? code : t('bundles.conflicts.option', { label, code });
    };
    const choice = (q: Question, c: ChoiceAnswer) => (typeof c === 'string' ? option(q, c) : t('bundles.conflicts.other', { text: c.text }));

    function inWords(q: Question, rows: readonly AnswerRow[], surveyLanguage: string): string {
      const value = answerValueOf(q, rows);
      if (value === null) return t('bundles.conflicts.noAnswer');
      if (typeof value === 'number') return number.format(value);
      // Chosen options are listed in the survey's language, the language of their labels.
      if (Array.isArray(value)) return new Intl.ListFormat(surveyLanguage, { type: 'conjunction' }).format(value.map((c) => choice(q, c)));
      if (q.type === 'matrix') {
        const byRow = value as Record<string, string>;
        return q.rows.flatMap((r) => (byRow[r.id] === undefined ? [] : [t('bundles.conflicts.matrixRow', { row: r.label, answer: option(q, byRow[r.id]!) })])).join('; ');
      }
      if (q.type === 'text' || q.type === 'longText') return value as string;
      return choice(q, value as ChoiceAnswer);
    }

    /** A side's answers by question: the version's questions in order, then any it does not know (by id). */
    return (definition: SurveyDefinition | null, rows: readonly AnswerRow[]): ConflictAnswer[] => {
      const questions = definition ? questionEntries(definition).map((e) => e.question) : [];
      const known = new Set(questions.map((q) => q.id));
      const answered = (id: string) => rows.filter((a) => a.questionId === id);
      const unknownIds = [...new Set(rows.map((a) => a.questionId).filter((id) => !known.has(id)))];
      return [
        ...questions.flatMap((q) => {
          const own = answered(q.id);
          return own.length === 0 ? [] : [{ questionId: q.id, question: q.text, answer: inWords(q, own, definition!.language) }];
        }),
        ...unknownIds.map((id) => ({ questionId: id, question: null, answer: rawAnswer(answered(id)) })),
      ];
    };
  }, [t, language]);
}
