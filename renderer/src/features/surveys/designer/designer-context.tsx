import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { DefinitionIssue } from '@model/survey/definition-issues';
import type { SurveyFormat } from '../survey-format';
import type { Question, QuestionType, SurveyDefinition } from '@model/survey/definition';
import type { QuestionPlace } from './definition-edits';

/**
 * What every editor of the designer may do. The object never changes while the designer is open
 * (its functions read the latest definition through a ref), so memoised question editors are not
 * drawn again because of it.
 */
export interface DesignerActions {
  edit(update: (definition: SurveyDefinition) => SurveyDefinition, coalesce?: string): void;
  updateQuestion(questionId: string, update: (q: Question) => Question, coalesce?: string): void;
  /** One step up or down (Alt+↑/↓ or the arrow buttons), announced for screen readers. */
  stepQuestion(questionId: string, delta: -1 | 1): void;
  moveQuestionTo(questionId: string, to: QuestionPlace): void;
  /** A new id for a question; its editor stays open under the new id. */
  renameQuestion(questionId: string, newId: string): void;
  duplicateQuestion(questionId: string): void;
  deleteQuestion(questionId: string): void;
  addQuestion(pageIndex: number, type: QuestionType): void;
  addPage(afterIndex: number): void;
  duplicatePage(pageId: string): void;
  deletePage(pageId: string): void;
  stepPage(pageId: string, delta: -1 | 1): void;
  movePageTo(pageId: string, index: number): void;
  /** Opens or closes a question's editor; open: undefined toggles. */
  toggleQuestion(questionId: string, open?: boolean): void;
  /** Closes every open editor. */
  closeAll(): void;
  /** "Q3 · How often…" for a question id, from the latest definition. */
  labelOf(questionId: string): string;
  /** Shows a question: its tab, its editor open, scrolled to and focused. */
  jumpTo(questionId: string): void;
}

export const DesignerContext = createContext<DesignerActions | null>(null);

export function useDesignerActions(): DesignerActions {
  const actions = useContext(DesignerContext);
  if (!actions) throw new Error('useDesignerActions needs the survey designer around it.');
  return actions;
}

/**
 * What question cards write with: the translation function, the survey figures' formats and issue
 * texts, given once by the questions tab (it changes with the language) rather than each of 200
 * cards subscribing to the language itself.
 */
export interface CardText {
  t: TFunction;
  f: SurveyFormat;
  issueText(issue: DefinitionIssue): string;
}

export const CardTextContext = createContext<CardText | null>(null);

export function useCardText(): CardText {
  const text = useContext(CardTextContext);
  if (!text) throw new Error('useCardText needs the questions tab around it.');
  return text;
}
