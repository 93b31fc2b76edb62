import { OTHER_CODE, questionEntries, type Question, type SurveyDefinition } from './definition';
import { formatPath, type DefinitionIssue, type DefinitionPath } from './definition-issues';
import { referenceIssues } from './logic-references';

/**
 * The rules a parsed definition must also meet before it is published (a draft may break them
 * while being edited): unique page, question, row ids and option codes; the reserved code `other`
 * only for "Other, please specify" in single and multiple choice; `exclusive` only in multiple
 * choice; Likert scales of 5 or 7 points; NPS extras only non-substantive; min ≤ max; no empty
 * page; and display logic and piping that point at earlier questions (logic-references.ts).
 */

const issue = (path: DefinitionPath, kind: string, params: DefinitionIssue['params'], message: string): DefinitionIssue => ({ path, kind, params, message });

/** One issue per repeated value, pointing at the repeat and naming the first. */
function duplicates(items: { value: string; path: DefinitionPath }[], kind: string, what: string): DefinitionIssue[] {
  const first = new Map<string, DefinitionPath>();
  return items.flatMap(({ value, path }) => {
    const earlier = first.get(value);
    if (!earlier) {
      first.set(value, path);
      return [];
    }
    return [issue(path, kind, { value, first: formatPath(earlier) }, `${what} "${value}" is used again (first at ${formatPath(earlier)})`)];
  });
}

const likertPoints = [5, 7];

function optionIssues(q: Question, at: DefinitionPath): DefinitionIssue[] {
  if (!('options' in q)) return [];
  const found = duplicates(q.options.map((o, i) => ({ value: o.code, path: [...at, 'options', i, 'code'] })), 'duplicateCode', 'option code');
  const takesOther = q.type === 'single' || q.type === 'multi';
  q.options.forEach((o, i) => {
    const path = [...at, 'options', i];
    if (o.code.toLowerCase() === OTHER_CODE && !(takesOther && o.code === OTHER_CODE)) {
      const message = takesOther
        ? `"${o.code}" is too close to the reserved code "${OTHER_CODE}"; write it "${OTHER_CODE}" for "Other, please specify", or choose another code`
        : `"${OTHER_CODE}" is reserved for "Other, please specify" in single and multiple choice`;
      found.push(issue([...path, 'code'], 'reservedCode', { code: o.code, questionType: q.type }, message));
    }
    if (o.exclusive && q.type !== 'multi') {
      found.push(issue([...path, 'exclusive'], 'exclusiveOutsideMulti', { questionType: q.type }, 'only an option of a multiple choice can be exclusive'));
    }
    if (q.type === 'nps' && !o.nonSubstantive) {
      found.push(issue([...path, 'nonSubstantive'], 'npsOption', {}, 'an NPS question answers 0–10; an extra option must be non-substantive, such as "Don\'t know"'));
    }
  });
  if (q.type === 'likert') {
    const points = q.options.filter((o) => !o.nonSubstantive).length;
    if (!likertPoints.includes(points)) {
      found.push(issue([...at, 'options'], 'likertPoints', { points }, `a Likert scale has 5 or 7 points; this one has ${points} (not counting non-substantive options)`));
    }
  }
  return found;
}

function rangeIssues(q: Question, at: DefinitionPath): DefinitionIssue[] {
  const order = (low: number | null, high: number | null, lowName: string, highName: string) =>
    low !== null && high !== null && low > high ? [issue([...at, lowName], 'rangeOrder', { low, high }, `${lowName} (${low}) is greater than ${highName} (${high})`)] : [];
  if (q.type === 'number') return order(q.min, q.max, 'min', 'max');
  if (q.type !== 'multi') return [];
  const found = order(q.minChoices, q.maxChoices, 'minChoices', 'maxChoices');
  const substantive = q.options.filter((o) => !o.exclusive && !o.nonSubstantive).length;
  for (const [name, value] of [['minChoices', q.minChoices], ['maxChoices', q.maxChoices]] as const) {
    if (value !== null && value > substantive) {
      found.push(issue([...at, name], 'choicesOverOptions', { value, options: substantive }, `${name} (${value}) is more than the ${substantive} options that can be chosen together`));
    }
  }
  return found;
}

export function validateDefinition(definition: SurveyDefinition): DefinitionIssue[] {
  const entries = questionEntries(definition);
  const at = (e: (typeof entries)[number]): DefinitionPath => ['pages', e.pageIndex, 'questions', e.questionIndex];
  return [
    ...duplicates(definition.pages.map((p, i) => ({ value: p.id, path: ['pages', i, 'id'] })), 'duplicateId', 'page id'),
    ...definition.pages.flatMap((p, i) => (p.questions.length ? [] : [issue(['pages', i, 'questions'], 'emptyPage', { page: p.id }, `page "${p.id}" has no questions`)])),
    ...duplicates(entries.map((e) => ({ value: e.question.id, path: [...at(e), 'id'] })), 'duplicateId', 'question id'),
    ...entries.flatMap((e) => {
      const q = e.question;
      const rows = q.type === 'matrix' ? duplicates(q.rows.map((r, i) => ({ value: r.id, path: [...at(e), 'rows', i, 'id'] })), 'duplicateRowId', 'row id') : [];
      return [...rows, ...optionIssues(q, at(e)), ...rangeIssues(q, at(e))];
    }),
    ...referenceIssues(definition),
  ];
}
