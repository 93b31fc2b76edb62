import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { parseAnswerField } from '@model/survey/answer-fields';
import { questionEntries, type SurveyDefinition } from '@model/survey/definition';
import type { DefinitionIssue } from '@model/survey/definition-issues';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';
import { clipText, questionNumbers } from './designer/question-labels';

/**
 * "Q3 · How often do you…" for a question id (the id itself when the survey has no such question).
 * Labels are made when first asked for and kept for this definition: an open editor asks for every
 * earlier question's on each keystroke, and a 200-question survey must not renumber 200 times.
 */
export function useQuestionLabel(definition: SurveyDefinition | null): (questionId: string) => string {
  const { t } = useTranslation();
  return useMemo(() => {
    const made = new Map<string, string>();
    let entries: Map<string, { text: string; n: number | null }> | null = null;
    return (questionId: string) => {
      const known = made.get(questionId);
      if (known !== undefined) return known;
      if (!definition) return questionId;
      if (!entries) {
        const numbers = questionNumbers(definition);
        entries = new Map(questionEntries(definition).map((e) => [e.question.id, { text: e.question.text, n: numbers.get(e.question.id) ?? null }]));
      }
      const entry = entries.get(questionId);
      if (!entry) return questionId;
      const head = entry.n === null ? t('surveys.question.infoLabel') : t('surveys.question.number', { n: entry.n });
      const label = `${head} · ${clipText(entry.text, 40)}`;
      made.set(questionId, label);
      return label;
    };
  }, [definition, t]);
}

/**
 * A definition issue in the user's language, from its kind and parameters (the model's English
 * message when the kind is new to this build). Questions are named by their label, not their id.
 */
export function useIssueText(label: (questionId: string) => string): (issue: DefinitionIssue) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (issue: DefinitionIssue) => {
      const params: Record<string, string | number> = { ...issue.params };
      if (typeof params.target === 'string') params.target = label(params.target);
      if (typeof params.field === 'string' && params.target === undefined) {
        const ref = parseAnswerField(params.field);
        if (ref) params.target = label(ref.questionId);
      }
      if (typeof params.cycle === 'string') params.cycle = params.cycle.split(' → ').map((id) => label(id).split(' · ')[0]).join(' → ');
      const logic = issue.path.includes('showIf');
      const key = logic && issue.kind === 'unknownField' ? 'surveys.issue.notAnAnswer' : `surveys.issue.${issue.kind}`;
      return translateRuntimeKey(i18n, key, params) ?? issue.message;
    },
    [i18n, label],
  );
}

const asIs = (questionId: string) => questionId;

/** An issue of a file, where questions are named by their ids (the file is not a survey yet). */
export const useFileIssueText = () => useIssueText(asIs);

export const questionTypeKey = (type: string) => `surveys.types.${type}` as ParseKeys;
