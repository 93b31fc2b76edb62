import { optionsOf, type Question, type SurveyLanguage } from './definition';
import type { EstimatorConstants } from './estimator-constants';
import { readingSeconds } from './reading-time';

/**
 * What one question costs a respondent who sees it: items (a matrix counts one per row, an
 * information block none), reading time of everything on it (text, help, option and row labels,
 * NPS end labels) and answering time (the type's base plus a cost per option and per row).
 */
export interface QuestionCost {
  items: number;
  readingSeconds: number;
  answeringSeconds: number;
}

function* textsOf(q: Question): Generator<string | null> {
  yield q.text;
  yield q.help;
  for (const o of optionsOf(q)) yield o.label;
  if (q.type === 'matrix') for (const r of q.rows) yield r.label;
  if (q.type === 'nps') yield* [q.lowLabel, q.highLabel];
}

export const itemsOf = (q: Question) => (q.type === 'info' ? 0 : q.type === 'matrix' ? q.rows.length : 1);

export function questionCost(q: Question, language: SurveyLanguage, constants: EstimatorConstants): QuestionCost {
  const answering = constants.answering[q.type];
  const rows = q.type === 'matrix' ? q.rows.length : 0;
  return {
    items: itemsOf(q),
    readingSeconds: readingSeconds(textsOf(q), language, constants.reading),
    answeringSeconds: answering.baseSeconds + answering.perOptionSeconds * optionsOf(q).length + answering.perRowSeconds * rows,
  };
}
