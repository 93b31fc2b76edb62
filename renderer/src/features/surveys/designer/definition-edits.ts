import { OTHER_CODE, questionEntries, type Question, type QuestionType, type SurveyDefinition, type SurveyOption, type SurveyPage } from '@model/survey/definition';
import { fill, respondentStrings } from '@renderer/i18n/locales/respondent';

/**
 * The designer's edits of a definition, as pure functions: each returns a new definition that
 * shares every untouched page and question with the old one, so memoised question editors whose
 * question did not change are not drawn again, and the edit history keeps whole definitions cheaply.
 */

/** Where a question stands: its page and its place on the page. */
export interface QuestionPlace {
  pageIndex: number;
  index: number;
}

export function findQuestion(definition: SurveyDefinition, questionId: string): QuestionPlace | null {
  for (const [pageIndex, page] of definition.pages.entries()) {
    const index = page.questions.findIndex((q) => q.id === questionId);
    if (index >= 0) return { pageIndex, index };
  }
  return null;
}

/** The first `<prefix><n>` not taken, counting up from `from`. */
export function freeId(taken: ReadonlySet<string>, prefix: string, from = 1): string {
  let n = from;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

const questionIds = (definition: SurveyDefinition) => new Set(questionEntries(definition).map((e) => e.question.id));

/** Codes "1", "2", … for new options: the next number after the largest numeric code. */
function nextOptionCode(options: readonly SurveyOption[]): string {
  const numbers = options.map((o) => Number(o.code)).filter((n) => Number.isInteger(n) && n > 0);
  return String(numbers.length ? Math.max(...numbers) + 1 : options.length + 1);
}

const option = (code: string, label: string, extra: Partial<SurveyOption> = {}): SurveyOption => ({ code, label, exclusive: false, nonSubstantive: false, ...extra });

/** A Likert scale of 5 or 7 points in the survey's language, coded by position. */
export function likertScale(definition: Pick<SurveyDefinition, 'language'>, points: 5 | 7): SurveyOption[] {
  const labels = respondentStrings[definition.language].templates[points === 5 ? 'likert5' : 'likert7'];
  return labels.map((label, i) => option(String(i + 1), label));
}

const numbered = (template: string, count: number) => Array.from({ length: count }, (_, i) => fill(template, { n: i + 1 }));

/** A new question of a type, with starting texts in the survey's language so it is valid at once. */
export function newQuestion(definition: SurveyDefinition, type: QuestionType, id = freeId(questionIds(definition), 'q', questionEntries(definition).length + 1)): Question {
  const t = respondentStrings[definition.language].templates;
  const common = { id, text: type === 'info' ? t.info : t.question, help: null, showIf: null };
  const choices = () => numbered(t.option, 3).map((label, i) => option(String(i + 1), label));
  switch (type) {
    case 'single':
      return { ...common, type, required: false, options: choices(), randomizeOptions: false };
    case 'multi':
      return { ...common, type, required: false, options: choices(), randomizeOptions: false, minChoices: null, maxChoices: null };
    case 'likert':
      return { ...common, type, required: false, options: likertScale(definition, 5) };
    case 'matrix':
      return { ...common, type, required: false, options: likertScale(definition, 5), rows: numbered(t.row, 3).map((label, i) => ({ id: `r${i + 1}`, label })), randomizeRows: false };
    case 'nps':
      return { ...common, type, required: false, lowLabel: null, highLabel: null, options: [] };
    case 'number':
      return { ...common, type, required: false, min: null, max: null, integer: false };
    case 'text':
      return { ...common, type, required: false, maxLength: 250 };
    case 'longText':
      return { ...common, type, required: false, maxLength: 5000 };
    case 'info':
      return { ...common, type };
  }
}

/**
 * The question as another type, keeping what carries over: text, help, logic, "required", and the
 * options between single and multiple choice (a Likert or matrix scale between those two).
 */
export function changeType(definition: SurveyDefinition, q: Question, type: QuestionType): Question {
  if (q.type === type) return q;
  const fresh = newQuestion(definition, type, q.id);
  const kept = { ...fresh, text: q.text, help: q.help, showIf: q.showIf };
  if ('required' in kept && 'required' in q) kept.required = q.required;
  const choice = (t: QuestionType) => t === 'single' || t === 'multi';
  const scale = (t: QuestionType) => t === 'likert' || t === 'matrix';
  if ('options' in kept && 'options' in q && ((choice(q.type) && choice(type)) || (scale(q.type) && scale(type)))) {
    // Only a multiple choice has exclusive options.
    kept.options = q.options.map((o) => (type === 'multi' ? o : { ...o, exclusive: false }));
  }
  return kept;
}

const withPage = (definition: SurveyDefinition, pageIndex: number, page: SurveyPage): SurveyDefinition => ({
  ...definition,
  pages: definition.pages.map((p, i) => (i === pageIndex ? page : p)),
});

export function updateQuestion(definition: SurveyDefinition, questionId: string, update: (q: Question) => Question): SurveyDefinition {
  const at = findQuestion(definition, questionId);
  if (!at) return definition;
  const page = definition.pages[at.pageIndex]!;
  return withPage(definition, at.pageIndex, { ...page, questions: page.questions.map((q, i) => (i === at.index ? update(q) : q)) });
}

/** Inserts a question on a page at `index` (default: the end). */
export function insertQuestion(definition: SurveyDefinition, pageIndex: number, question: Question, index?: number): SurveyDefinition {
  const page = definition.pages[pageIndex];
  if (!page) return definition;
  const questions = [...page.questions];
  questions.splice(index ?? questions.length, 0, question);
  return withPage(definition, pageIndex, { ...page, questions });
}

export function deleteQuestion(definition: SurveyDefinition, questionId: string): SurveyDefinition {
  const at = findQuestion(definition, questionId);
  if (!at) return definition;
  const page = definition.pages[at.pageIndex]!;
  return withPage(definition, at.pageIndex, { ...page, questions: page.questions.filter((q) => q.id !== questionId) });
}

/** A copy right after the original, under a new id (rows and codes kept: they are per question). */
export function duplicateQuestion(definition: SurveyDefinition, questionId: string): { definition: SurveyDefinition; id: string } | null {
  const at = findQuestion(definition, questionId);
  if (!at) return null;
  const original = definition.pages[at.pageIndex]!.questions[at.index]!;
  const id = freeId(questionIds(definition), `${original.id}_`, 2);
  return { definition: insertQuestion(definition, at.pageIndex, { ...structuredClone(original), id }, at.index + 1), id };
}

/** Moves a question to a page and place (the place counted without the question itself). */
export function moveQuestionTo(definition: SurveyDefinition, questionId: string, to: QuestionPlace): SurveyDefinition {
  const at = findQuestion(definition, questionId);
  if (!at || !definition.pages[to.pageIndex]) return definition;
  const question = definition.pages[at.pageIndex]!.questions[at.index]!;
  return insertQuestion(deleteQuestion(definition, questionId), to.pageIndex, question, to.index);
}

/**
 * One step up or down in reading order: within the page, or past its edge onto the end of the page
 * before (the start of the page after). Null when it is already first or last.
 */
export function stepQuestion(definition: SurveyDefinition, questionId: string, delta: -1 | 1): { definition: SurveyDefinition; to: QuestionPlace } | null {
  const at = findQuestion(definition, questionId);
  if (!at) return null;
  const count = definition.pages[at.pageIndex]!.questions.length;
  let to: QuestionPlace;
  if (at.index + delta >= 0 && at.index + delta < count) to = { pageIndex: at.pageIndex, index: at.index + delta };
  else if (delta < 0 && at.pageIndex > 0) to = { pageIndex: at.pageIndex - 1, index: definition.pages[at.pageIndex - 1]!.questions.length };
  else if (delta > 0 && at.pageIndex < definition.pages.length - 1) to = { pageIndex: at.pageIndex + 1, index: 0 };
  else return null;
  return { definition: moveQuestionTo(definition, questionId, to), to };
}

export function addPage(definition: SurveyDefinition, afterIndex = definition.pages.length - 1): { definition: SurveyDefinition; id: string } {
  const id = freeId(new Set(definition.pages.map((p) => p.id)), 'p', definition.pages.length + 1);
  const pages = [...definition.pages];
  pages.splice(afterIndex + 1, 0, { id, title: null, showIf: null, questions: [] });
  return { definition: { ...definition, pages }, id };
}

/** A page with its questions is deleted with them; the only page is kept (a survey has at least one). */
export function deletePage(definition: SurveyDefinition, pageId: string): SurveyDefinition {
  if (definition.pages.length <= 1) return definition;
  return { ...definition, pages: definition.pages.filter((p) => p.id !== pageId) };
}

/** A copy of a page after it: new page id, each question under a new id. */
export function duplicatePage(definition: SurveyDefinition, pageId: string): { definition: SurveyDefinition; id: string } | null {
  const index = definition.pages.findIndex((p) => p.id === pageId);
  if (index < 0) return null;
  const taken = questionIds(definition);
  const copy = structuredClone(definition.pages[index]!);
  copy.questions = copy.questions.map((q) => {
    const id = freeId(taken, `${q.id}_`, 2);
    taken.add(id);
    return { ...q, id };
  });
  const added = addPage(definition, index);
  const pages = added.definition.pages.map((p) => (p.id === added.id ? { ...copy, id: added.id } : p));
  return { definition: { ...added.definition, pages }, id: added.id };
}

export function movePageTo(definition: SurveyDefinition, pageId: string, index: number): SurveyDefinition {
  const from = definition.pages.findIndex((p) => p.id === pageId);
  if (from < 0 || index < 0 || index >= definition.pages.length || index === from) return definition;
  const pages = [...definition.pages];
  const [page] = pages.splice(from, 1);
  pages.splice(index, 0, page!);
  return { ...definition, pages };
}

/** Options of a single or multiple choice: whether it has "Other, please specify" (the reserved code). */
export const hasOther = (options: readonly SurveyOption[]) => options.some((o) => o.code === OTHER_CODE);

/** Adds "Other, please specify" in the survey's language, before any exclusive or non-substantive option. */
export function withOther(definition: SurveyDefinition, options: readonly SurveyOption[]): SurveyOption[] {
  if (hasOther(options)) return [...options];
  const at = options.findIndex((o) => o.exclusive || o.nonSubstantive);
  const next = [...options];
  next.splice(at < 0 ? next.length : at, 0, option(OTHER_CODE, respondentStrings[definition.language].templates.other));
  return next;
}

export const newOption = (definition: SurveyDefinition, options: readonly SurveyOption[]): SurveyOption =>
  option(nextOptionCode(options), fill(respondentStrings[definition.language].templates.option, { n: options.length + 1 }));
