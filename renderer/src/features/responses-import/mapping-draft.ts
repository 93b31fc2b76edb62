import type { AnswerColumn, AnswerTarget, ColumnTarget, MemberMatch, ResponseImportPreview } from '@api/response-import';

/**
 * What the mapping step edits, one entry per column of the file: where it goes (`target`, a select
 * value: see targetValue) and how its values are recoded.
 */
export interface ColumnDraft {
  column: string;
  target: string;
  /** Raw value → new value; null: missing. Values not listed are kept as they are. */
  recode: Record<string, string | null>;
}

export const IGNORE = 'ignore';

/** A target as one select value: "ignore", "member:code", "startedAt", or "answer:" and the question, row and option as JSON. */
export function targetValue(target: ColumnTarget | null): string {
  if (!target) return IGNORE;
  switch (target.kind) {
    case 'answer':
      return `answer:${JSON.stringify([target.questionId, target.rowId, target.optionCode])}`;
    case 'member':
      return `member:${target.by}`;
    default:
      return target.kind;
  }
}

export const answerValue = (t: Pick<AnswerTarget, 'questionId' | 'rowId' | 'optionCode'>) => targetValue({ kind: 'answer', ...t });

export function parseTarget(value: string): ColumnTarget | null {
  if (value === 'startedAt' || value === 'completedAt') return { kind: value };
  if (value.startsWith('member:')) return { kind: 'member', by: value.slice('member:'.length) as MemberMatch };
  if (!value.startsWith('answer:')) return null;
  const [questionId, rowId, optionCode] = JSON.parse(value.slice('answer:'.length)) as [string, string | null, string | null];
  return { kind: 'answer', questionId, rowId, optionCode };
}

/** Every column with the core's suggestion; an anonymous survey takes no column saying who answered. */
export const draftFromPreview = (preview: ResponseImportPreview): ColumnDraft[] =>
  preview.columns.map((c) => ({
    column: c.name,
    target: c.suggested?.kind === 'member' && preview.version.identification === 'anonymous' ? IGNORE : targetValue(c.suggested),
    recode: {},
  }));

export interface MappingInput {
  mapping: AnswerColumn[];
  member?: { column: string; by: MemberMatch };
  startedAt?: { column: string };
  completedAt?: { column: string };
}

export type MappingProblem = 'nothingMapped' | 'memberRequired';

/** The mapping as responses.previewImport and responses.importCsv take it, or what must be fixed first. */
export function toMappingInput(draft: readonly ColumnDraft[], identification: ResponseImportPreview['version']['identification']): MappingInput | { problem: MappingProblem } {
  const input: MappingInput = { mapping: [] };
  for (const c of draft) {
    const target = parseTarget(c.target);
    if (target?.kind === 'answer') {
      const recode = Object.keys(c.recode).length ? { recode: c.recode } : {};
      input.mapping.push({ column: c.column, questionId: target.questionId, ...(target.rowId ? { rowId: target.rowId } : {}), ...(target.optionCode ? { optionCode: target.optionCode } : {}), ...recode });
    } else if (target?.kind === 'member') input.member = { column: c.column, by: target.by };
    else if (target) input[target.kind] = { column: c.column };
  }
  if (input.mapping.length === 0) return { problem: 'nothingMapped' };
  if (identification === 'member' && !input.member) return { problem: 'memberRequired' };
  return input;
}

/** The values a column's target accepts when it has a fixed list (recoding offers them): a choice's options, a 1/0 column's yes and no. */
export function targetChoices(target: ColumnTarget | null, targets: readonly AnswerTarget[]): { value: string; label: string }[] | 'flag' | null {
  if (target?.kind !== 'answer') return null;
  const t = targets.find((x) => x.questionId === target.questionId && x.rowId === target.rowId && x.optionCode === target.optionCode);
  if (!t) return null;
  if (t.optionCode !== null) return t.optionCode === 'other' ? null : 'flag';
  return t.options.length ? t.options.map((o) => ({ value: o.code, label: o.code === o.label ? o.label : `${o.code} · ${o.label}` })) : null;
}
