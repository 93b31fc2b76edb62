import { evaluateFilter, type FieldValue } from '../filter/evaluate';
import type { Filter } from '../filter/filter';
import { answerValues, parseAnswerField, type AnswerRow } from './answer-fields';
import type { SurveyDefinition } from './definition';

/**
 * Which pages and questions a respondent sees, given the answers so far: display logic evaluated
 * in memory with the filter language's own evaluator (the same meaning as its SQL). Pages and
 * questions are decided in order, and an answer to a question that ended up hidden reads as empty,
 * so logic that depends on a hidden question behaves as if it was never answered.
 */
export interface DisplayState {
  pages: Record<string, boolean>;
  questions: Record<string, boolean>;
}

export function displayState(definition: SurveyDefinition, rows: readonly AnswerRow[]): DisplayState {
  const values = answerValues(definition, rows);
  const state: DisplayState = { pages: {}, questions: {} };
  // Only questions decided visible so far lend their answers; a forward reference reads empty.
  const valueOf = (field: string): FieldValue => {
    const ref = parseAnswerField(field);
    return ref && state.questions[ref.questionId] ? (values.get(field) ?? null) : null;
  };
  const shown = (showIf: Filter | null) => showIf === null || evaluateFilter(showIf, valueOf);
  for (const page of definition.pages) {
    const pageShown = shown(page.showIf);
    state.pages[page.id] = pageShown;
    for (const q of page.questions) state.questions[q.id] = pageShown && shown(q.showIf);
  }
  return state;
}
