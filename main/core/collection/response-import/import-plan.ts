import type { ImportLanguage, ImportMode } from '@api/csv-import';
import type { AnswerColumn, MemberMatch } from '@api/response-import';
import { OTHER_CODE, questionEntries } from '@model/survey/definition';
import type { WorkspaceDb } from '../../db/workspace-db';
import { AppError } from '../../errors';
import { recodeTable, type Recode } from '../../files/csv-import/cells';
import { columnFinder } from '../../files/csv-import/columns';
import { readableFile } from '../../files/csv-import/file-records';
import type { ReadOverrides, Sniff } from '../../files/csv-import/sniff';
import { isAnswerable, targetKey, type AnswerableQuestion } from './answer-targets';
import { OptionLookup, roleFor, valueOutcome, type ColumnRole } from './column-values';
import { readPublishedVersion, type PublishedVersion } from './published-version';

export interface MappingRequest {
  surveyVersionId: string;
  mapping: readonly AnswerColumn[];
  member?: { column: string; by: MemberMatch };
  startedAt?: { column: string };
  completedAt?: { column: string };
  decimalComma: boolean;
}

export interface ImportRequest extends ReadOverrides, MappingRequest {
  mode: ImportMode;
  language: ImportLanguage;
}

/** A file column the import reads. */
export interface FileColumn {
  index: number;
  name: string;
}

/** A column that answers a question: what it holds, how its values are recoded, and which of the row's questions it feeds. */
export interface AnswerPlanColumn extends FileColumn {
  role: ColumnRole;
  recode: Recode | null;
  /** Index into CompiledMapping.questions. */
  slot: number;
}

export interface CompiledMapping {
  columns: AnswerPlanColumn[];
  /** The questions the mapping answers, once each, in questionnaire order. */
  questions: AnswerableQuestion[];
  member: (FileColumn & { by: MemberMatch }) | null;
  /** Every row must name a member (the survey's identification is "member"). */
  memberRequired: boolean;
  startedAt: FileColumn | null;
  completedAt: FileColumn | null;
  decimalComma: boolean;
}

export interface ImportPlan extends CompiledMapping {
  filePath: string;
  fileName: string;
  sniff: Sniff;
  version: PublishedVersion;
  mode: ImportMode;
  language: ImportLanguage;
}

/** Why a mapping is refused before any row is read (responsesImport.mappingError.<code>). */
export const mappingErrorCodes = [
  'unknownQuestion',
  'infoQuestion',
  'rowNeeded',
  'unknownRow',
  'rowNotMatrix',
  'optionNotAllowed',
  'columnTwice',
  'targetTwice',
  'recodeInvalid',
  'anonymousMember',
  'memberRequired',
] as const;

const invalid = (message: string, code: (typeof mappingErrorCodes)[number], params: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', message, { key: `responsesImport.mappingError.${code}`, params });
const list = (items: readonly string[]) => items.slice(0, 20).join(', ') + (items.length > 20 ? ', …' : '');

/** Checks one answer column's target against the version's question, before any row is read. */
function checkTarget(m: AnswerColumn, q: AnswerableQuestion | undefined, ids: readonly string[]): asserts q is AnswerableQuestion {
  const at = { column: m.column, questionId: m.questionId };
  if (!q) throw invalid(`The column '${m.column}' is mapped to the question '${m.questionId}', which this version does not have (its questions: ${list(ids)}).`, 'unknownQuestion', at);
  if (q.type === 'matrix') {
    if (m.rowId === undefined) throw invalid(`The column '${m.column}' answers the matrix ${q.id}: say which of its rows (rowId: ${list(q.rows.map((r) => r.id))}).`, 'rowNeeded', at);
    if (!q.rows.some((r) => r.id === m.rowId)) throw invalid(`The matrix ${q.id} has no row '${m.rowId}' (its rows: ${list(q.rows.map((r) => r.id))}).`, 'unknownRow', { ...at, rowId: m.rowId });
  } else if (m.rowId !== undefined) {
    throw invalid(`The column '${m.column}' names the row '${m.rowId}', but ${q.id} is not a matrix.`, 'rowNotMatrix', { ...at, rowId: m.rowId });
  }
  if (m.optionCode === undefined) return;
  const fits = q.type === 'multi' ? q.options.some((o) => o.code === m.optionCode) : q.type === 'single' && m.optionCode === OTHER_CODE && q.options.some((o) => o.code === OTHER_CODE);
  if (!fits) {
    throw invalid(
      `The column '${m.column}' names the option '${m.optionCode}' of ${q.id}; an option is named only for a multiple choice given as one 0/1 column per option (one of its codes), or for the text of "Other" (other).`,
      'optionNotAllowed',
      { ...at, optionCode: m.optionCode },
    );
  }
}

/** Recoding must give values the column accepts (e.g. the code or label of an option). */
function checkRecode(m: AnswerColumn, role: ColumnRole, decimalComma: boolean): void {
  for (const [from, to] of Object.entries(m.recode ?? {})) {
    if (to === null || to.trim() === '') continue;
    const out = valueOutcome(role, to.trim(), decimalComma);
    if ('error' in out) {
      throw invalid(`The recoding of '${m.column}' turns '${from}' into '${to}', which ${m.questionId} does not accept.`, 'recodeInvalid', { column: m.column, from, value: to, questionId: m.questionId });
    }
  }
}

/** Matches the mapping to the file's columns and the version's questions, and checks it all before any row is read. */
export function compileMapping(request: MappingRequest, names: readonly string[], version: PublishedVersion): CompiledMapping {
  const fileColumn = columnFinder(names, 'responsesImport.mappingError');
  const answerable = questionEntries(version.definition).map((e) => e.question);
  const byId = new Map(answerable.filter(isAnswerable).map((q) => [q.id, q]));
  const lookups = new Map<string, OptionLookup>();
  const lookup = (q: AnswerableQuestion) => lookups.get(q.id) ?? lookups.set(q.id, new OptionLookup('options' in q ? q.options : [])).get(q.id)!;
  const targets = new Map<string, string>();
  const planned: Omit<AnswerPlanColumn, 'slot'>[] = [];
  for (const m of request.mapping) {
    const column = fileColumn(m.column);
    if (answerable.some((q) => q.id === m.questionId && q.type === 'info')) {
      throw invalid(`The column '${m.column}' is mapped to ${m.questionId}, an information block, which takes no answer.`, 'infoQuestion', { column: m.column, questionId: m.questionId });
    }
    const q = byId.get(m.questionId);
    checkTarget(m, q, [...byId.keys()]);
    const key = targetKey(q.id, m.rowId ?? null, m.optionCode ?? null);
    const earlier = targets.get(key);
    if (earlier !== undefined) throw invalid(`The columns '${earlier}' and '${column.name}' both answer the same question${m.rowId ? ' row' : ''}${m.optionCode ? ' option' : ''}; map only one.`, 'targetTwice', { column: column.name, other: earlier });
    targets.set(key, column.name);
    const role = roleFor(q, m.rowId ?? null, m.optionCode ?? null, lookup);
    checkRecode(m, role, request.decimalComma);
    planned.push({ ...column, role, recode: recodeTable(m.recode) });
  }
  const questions = answerable.filter((q): q is AnswerableQuestion => planned.some((c) => c.role.question === q));
  const { identification } = version.definition.settings;
  if (request.member && identification === 'anonymous') {
    throw invalid(`The survey is anonymous: its responses are not linked to members. Leave the column '${request.member.column}' out.`, 'anonymousMember', { column: request.member.column });
  }
  if (!request.member && identification === 'member') {
    throw invalid('The survey needs every response to name a panel member: map the column that identifies the member (code, external id or email).', 'memberRequired');
  }
  return {
    columns: planned.map((c) => ({ ...c, slot: questions.indexOf(c.role.question) })),
    questions,
    member: request.member ? { ...fileColumn(request.member.column), by: request.member.by } : null,
    memberRequired: identification === 'member',
    startedAt: request.startedAt ? fileColumn(request.startedAt.column) : null,
    completedAt: request.completedAt ? fileColumn(request.completedAt.column) : null,
    decimalComma: request.decimalComma,
  };
}

/** Everything checked before the import job starts: the version, the file as a whole and the mapping. Nothing is started when any fails. */
export async function planImport(db: WorkspaceDb, filePath: string, fileName: string, request: ImportRequest, maxBytes: number): Promise<ImportPlan> {
  const version = await readPublishedVersion(db.reader, request.surveyVersionId);
  const sniff = await readableFile(filePath, request, maxBytes);
  const mapping = compileMapping(request, sniff.layout.names, version);
  return { ...mapping, filePath, fileName, sniff, version, mode: request.mode, language: request.language };
}
