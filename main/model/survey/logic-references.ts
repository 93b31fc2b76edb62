import { isCondition, operatorsFor, validateFilter, type Condition, type FieldCatalog, type Filter } from '../filter/filter';
import { answerFieldCatalog, parseAnswerField } from './answer-fields';
import { questionEntries, type QuestionEntry, type SurveyDefinition } from './definition';
import type { DefinitionIssue, DefinitionPath } from './definition-issues';
import { listTexts } from './definition-texts';
import { pipeTokens } from './piping';

/**
 * Checks what display logic and piping point at. A question may use only answers given before it
 * (earlier on its page or on an earlier page); a page's logic and title only answers from earlier
 * pages; the end and quota-full messages any answer. So a reference to a deleted question, to the
 * question itself, or forward (as after a reorder that moved the referenced question below its
 * dependent) is an issue that names the question and the reason, and a forward reference whose
 * target in turn depends on the source is reported as the cycle it is. Conditions are also checked
 * against the referenced question's type (operators and values, via validateFilter) and its codes.
 */

type Problem = Pick<DefinitionIssue, 'kind' | 'params' | 'message'>;

/** Where a reference sits: the question (or page, or message) holding it and what it may use. */
interface Holder {
  label: string;
  entry: QuestionEntry | null;
  /** The questions whose showing depends on it: the holder itself, or every question on a page for a page's logic. */
  users: string[];
  mayUse: (target: QuestionEntry) => boolean;
}

interface Reference {
  holder: Holder;
  path: DefinitionPath;
  via: 'display logic' | 'piped text';
  questionId: string;
  rowId: string | null;
  condition: Condition | null;
}

function* conditions(filter: Filter, path: DefinitionPath): Generator<[Condition, DefinitionPath]> {
  if (isCondition(filter)) yield [filter, path];
  else if ('and' in filter) for (const [i, f] of filter.and.entries()) yield* conditions(f, [...path, 'and', i]);
  else if ('or' in filter) for (const [i, f] of filter.or.entries()) yield* conditions(f, [...path, 'or', i]);
  else yield* conditions(filter.not, [...path, 'not']);
}

/** The holder of whatever sits at `path` (a page's or question's field, or a settings message). */
function holderAt(definition: SurveyDefinition, entries: readonly QuestionEntry[], path: DefinitionPath, via: Reference['via']): Holder {
  if (path[0] !== 'pages') return { label: `settings.${path[1]}`, entry: null, users: [], mayUse: () => true };
  const p = path[1] as number;
  const page = definition.pages[p]!;
  if (path[2] !== 'questions') {
    const users = via === 'display logic' ? page.questions.map((q) => q.id) : [];
    return { label: `page "${page.id}"`, entry: null, users, mayUse: (t) => t.pageIndex < p };
  }
  const entry = entries.find((e) => e.pageIndex === p && e.questionIndex === path[3])!;
  return { label: `question "${entry.question.id}"`, entry, users: [entry.question.id], mayUse: (t) => t.order < entry.order };
}

/** Every reference in logic and text, plus the issues of fields and tokens that are no reference at all. */
function collect(definition: SurveyDefinition, entries: readonly QuestionEntry[]): { refs: Reference[]; malformed: DefinitionIssue[] } {
  const refs: Reference[] = [];
  const malformed: DefinitionIssue[] = [];
  const logic: [Filter | null, DefinitionPath][] = definition.pages.flatMap((page, p) => [
    [page.showIf, ['pages', p, 'showIf']] as [Filter | null, DefinitionPath],
    ...page.questions.map((q, i): [Filter | null, DefinitionPath] => [q.showIf, ['pages', p, 'questions', i, 'showIf']]),
  ]);
  for (const [showIf, at] of logic) {
    if (!showIf) continue;
    const holder = holderAt(definition, entries, at, 'display logic');
    for (const [condition, path] of conditions(showIf, at)) {
      const ref = parseAnswerField(condition.field);
      if (ref) refs.push({ holder, path, via: 'display logic', ...ref, condition });
      else malformed.push({ path, kind: 'unknownField', params: { field: condition.field }, message: `"${condition.field}" is not an answer field: display logic names answers as answer:<questionId>` });
    }
  }
  for (const { text, path } of listTexts(definition)) {
    for (const token of pipeTokens(text)) {
      if (token.ref) refs.push({ holder: holderAt(definition, entries, path, 'piped text'), path, via: 'piped text', questionId: token.ref.questionId, rowId: token.ref.rowId, condition: null });
      else malformed.push({ path, kind: 'badPipe', params: { token: token.raw }, message: `${token.raw} is not a piping token: write {{answer:<questionId>}} or {{answer:<questionId>.<rowId>}}` });
    }
  }
  return { refs, malformed };
}

/** A chain of "uses" edges from one question to another (both included), or null. */
function chain(uses: Map<string, Set<string>>, from: string, to: string, seen = new Set<string>()): string[] | null {
  if (from === to) return [to];
  if (seen.has(from)) return null;
  seen.add(from);
  for (const next of uses.get(from) ?? []) {
    const rest = chain(uses, next, to, seen);
    if (rest) return [from, ...rest];
  }
  return null;
}

function checkTarget(ref: Reference, byId: Map<string, QuestionEntry>, uses: Map<string, Set<string>>): Problem | null {
  const { holder, questionId, rowId } = ref;
  const target = byId.get(questionId);
  const params = { subject: holder.label, target: questionId, via: ref.via };
  const said = `${holder.label}: its ${ref.via} refers to "${questionId}"`;
  if (!target) return { kind: 'unknownQuestion', params, message: `${said}, which does not exist (deleted or renamed?)` };
  if (target === holder.entry) return { kind: 'selfReference', params, message: `${said}, itself: a question can only use answers given before it` };
  const q = target.question;
  if (q.type === 'info') return { kind: 'noAnswer', params, message: `${said}, an information block, which has no answer` };
  if (q.type === 'matrix' && rowId === null) return { kind: 'matrixNeedsRow', params, message: `${said}, a matrix: name one of its rows, as answer:${questionId}.<rowId>` };
  if (q.type !== 'matrix' && rowId !== null) return { kind: 'notMatrix', params: { ...params, row: rowId }, message: `${said}.${rowId}, but "${questionId}" is not a matrix and has no rows` };
  if (q.type === 'matrix' && !q.rows.some((r) => r.id === rowId)) return { kind: 'unknownRow', params: { ...params, row: rowId! }, message: `${said}, whose row "${rowId}" does not exist` };
  if (holder.mayUse(target)) return null;
  const where = `page ${target.pageIndex + 1}, question ${target.questionIndex + 1}`;
  const loop = holder.entry && chain(uses, questionId, holder.entry.question.id);
  if (loop) {
    const cycle = [holder.entry!.question.id, ...loop].join(' → ');
    return { kind: 'cycle', params: { ...params, cycle }, message: `${said}, which comes later (${where}) and itself depends on it: ${cycle} is a cycle` };
  }
  const fix = holder.entry ? `move "${questionId}" before "${holder.entry.question.id}"` : `move "${questionId}" to an earlier page`;
  return { kind: 'forwardReference', params, message: `${said}, which comes later (${where}), so its answer is not known yet: ${fix} or change the reference` };
}

function checkCondition(c: Condition, q: QuestionEntry['question'], catalog: FieldCatalog): Problem | null {
  const spec = catalog[c.field]!;
  const params = { field: c.field, op: c.op, questionType: q.type, fieldType: spec.type };
  const allowed = operatorsFor(spec.type);
  if (!allowed.includes(c.op)) {
    return { kind: 'operatorMismatch', params, message: `"${c.op}" does not fit ${q.type} question "${q.id}": its answers take ${allowed.join(', ')}` };
  }
  const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
  const unknown = spec.values ? values.filter((v) => !spec.values!.includes(String(v))) : [];
  if (unknown.length) {
    const list = unknown.map((v) => `"${v}"`).join(', ');
    return { kind: 'unknownOptionCode', params: { ...params, codes: unknown.join(', ') }, message: `"${q.id}" has no option ${list} (its codes: ${spec.values!.join(', ')})` };
  }
  const [issue] = validateFilter(c, catalog, '');
  return issue ? { kind: 'badValue', params, message: issue.message } : null;
}

export function referenceIssues(definition: SurveyDefinition): DefinitionIssue[] {
  const entries = questionEntries(definition);
  const byId = new Map(entries.map((e) => [e.question.id, e]));
  const { refs, malformed } = collect(definition, entries);
  // The whole graph first: a forward reference is a cycle when its target leads back.
  const uses = new Map<string, Set<string>>();
  for (const ref of refs) for (const user of ref.holder.users) uses.set(user, (uses.get(user) ?? new Set()).add(ref.questionId));
  const catalog = answerFieldCatalog(definition);
  const issues = [...malformed];
  for (const ref of refs) {
    const problem = checkTarget(ref, byId, uses) ?? (ref.condition && checkCondition(ref.condition, byId.get(ref.questionId)!.question, catalog));
    if (problem) issues.push({ path: ref.path, ...problem });
  }
  return issues;
}
