import type { AnswerTarget, ColumnTarget, MemberMatch } from '@api/response-import';
import { foldText } from '@model/fold-text';
import { targetKey } from './answer-targets';

/** Header text compared without case, width or spacing. */
const key = (s: string) => foldText(s).trim().replace(/\s+/g, ' ');
/** Without spaces and punctuation too, for names of the response's own columns. */
const compact = (s: string) => foldText(s).replace(/[\s_\-.:()]+/g, '');

/**
 * Headers survey tools and people use for the response's own columns (LimeSurvey: startdate,
 * submitdate; Kobo: start, end, _submission_time), in English, Chinese and Russian.
 */
const OWN: [ColumnTarget, string[]][] = [
  [{ kind: 'startedAt' }, ['startedat', 'startdate', 'start', 'started', 'starttime', 'begin', '开始时间', '开始', 'начало', 'времяначала', 'датаначала']],
  [{ kind: 'completedAt' }, ['completedat', 'submitdate', 'end', 'completed', 'submitted', 'endtime', 'submissiontime', 'completiondate', '完成时间', '提交时间', '结束时间', 'окончание', 'завершено', 'времяокончания', 'датаотправки']],
  ...(
    [
      ['code', ['membercode', 'member', 'code', '成员编号', '会员编号', 'кодучастника', 'участник']],
      ['externalId', ['externalid', 'extid', 'memberid', 'respondentid', 'participantid', 'panelistid', '外部编号', 'внешнийидентификатор']],
      ['email', ['email', 'emailaddress', 'mail', '邮箱', '电子邮件', 'почта', 'электроннаяпочта']],
    ] as [MemberMatch, string[]][]
  ).map(([by, names]): [ColumnTarget, string[]] => [{ kind: 'member', by }, names]),
];
const ownByName = new Map(OWN.flatMap(([target, names]) => names.map((n) => [compact(n), target] as const)));

/**
 * The forms a header takes for an answer: the question id or text alone; with a matrix row or an
 * option as `q[part]` (LimeSurvey, also `Question text [Row label]`), `q/part` (Kobo, after any
 * group path), `q.part` (this app's `answer:q.row`), and for "Other" also `q_other` (Kobo).
 */
function headerForms(t: AnswerTarget): string[] {
  const bases = [t.questionId, t.questionText];
  const part = t.rowId ?? t.optionCode;
  if (part === null) return bases;
  const parts = [part, ...(t.partLabel ? [t.partLabel] : [])];
  const forms = bases.flatMap((b) => parts.flatMap((p) => [`${b}[${p}]`, `${b} [${p}]`, `${b}/${p}`, `${b}.${p}`]));
  return t.optionCode === 'other' ? [...forms, `${t.questionId}_other`] : forms;
}

/** A header without Kobo's group path (`group_a/group_b/q3/opt` → `q3/opt` and `opt`). */
const withoutGroups = (header: string): string[] => {
  const segments = header.split('/');
  return segments.length < 2 ? [header] : [header, segments.slice(-2).join('/'), segments.at(-1)!];
};

/**
 * A suggested target per column (null: leave it out): a header naming a question (by id or text), a
 * matrix row or an option in the forms survey tools export, a start or end time, or who answered.
 * Each target is suggested once, for its first column.
 */
export function suggestColumns(names: readonly string[], targets: readonly AnswerTarget[]): (ColumnTarget | null)[] {
  const byForm = new Map<string, AnswerTarget>();
  for (const t of targets) for (const form of headerForms(t)) if (!byForm.has(key(form))) byForm.set(key(form), t);
  const used = new Set<string>();
  return names.map((name) => {
    const answer = withoutGroups(name).map((h) => byForm.get(key(h))).find((t) => t !== undefined);
    const target: ColumnTarget | undefined = answer ? { kind: 'answer', questionId: answer.questionId, rowId: answer.rowId, optionCode: answer.optionCode } : ownByName.get(compact(name));
    if (!target) return null;
    const id = target.kind === 'answer' ? targetKey(target.questionId, target.rowId, target.optionCode) : target.kind === 'member' ? 'member' : target.kind;
    if (used.has(id)) return null;
    used.add(id);
    return target;
  });
}
