import type { ResponseExportInput } from '@api/export';
import type { CsvCell } from '@model/csv/csv-preview';
import type { AnswerRow } from '@model/survey/answer-fields';
import { questionEntries, type SurveyDefinition } from '@model/survey/definition';
import { displayState } from '@model/survey/display-logic';
import type { CallContext } from '../call-context';
import type { SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { segmentMembers } from '../analysis/segments';
import { loadVersion } from '../collection/collectable-versions';
import { isAnswerable } from '../collection/response-import/answer-targets';
import { planCodebook } from './codebook';
import { EXPORT_PAGE_ROWS, type ExportPlan, type ExportTable } from './export-jobs';
import { auditPersonalExport, memberColumns, type MemberColumn } from './member-columns';
import { rowValue, wideCell, wideColumns, type WideColumn } from './wide-columns';

/** The response's own columns of a wide export, first. */
const META_HEADER = ['response_id', 'survey_version', 'status', 'member_code', 'device', 'started', 'completed', 'duration_s', 'flags'];
const LONG_HEADER = ['response_id', 'question_id', 'row_id', 'value', 'other_text'];

interface ResponsePageRow {
  id: string;
  status: string;
  memberCode: string | null;
  deviceId: string;
  startedAt: string;
  completedAt: string | null;
  flags: string | null;
  [member: `m${number}`]: CsvCell;
}

/** The responses an export selects, as a condition over a response row aliased r (a segment keeps only its members' responses). */
async function responseCondition(ctx: CallContext, input: ResponseExportInput): Promise<CompiledFilter> {
  const where = ['r.survey_version_id = ?', 'r.status IN (SELECT value FROM json_each(?))'];
  const params: SqlValue[] = [input.surveyVersionId, JSON.stringify(input.statuses)];
  if (input.flagged === 'exclude') where.push('NOT EXISTS (SELECT 1 FROM response_flag f WHERE f.response_id = r.id)');
  if (input.from) {
    where.push('r.started_at >= ?');
    params.push(input.from);
  }
  if (input.to) {
    // Before the next day: started_at is a full ISO timestamp.
    where.push("r.started_at < strftime('%Y-%m-%d', ?, '+1 day')");
    params.push(input.to);
  }
  if (input.segmentId !== undefined) {
    const segment = await segmentMembers(ctx.db, input.segmentId);
    where.push(`r.member_id IN (SELECT m.id FROM member m WHERE m.erased_at IS NULL AND ${segment.sql})`);
    params.push(...segment.params);
  }
  return { sql: where.join(' AND '), params };
}

type Page = { responses: ResponsePageRow[]; answers: Map<string, Map<string, AnswerRow[]>> };

/**
 * A response's answer rows as one JSON text, so a page crosses from SQLite as one row per response
 * (node-sqlite3 turns each row into an object, which costs far more than the query). A number goes
 * as quote()'s text, which carries every digit (JSON would round it to 15).
 */
const ANSWERS_JSON = `(SELECT json_group_array(json_array(a.question_id, a.row_id, a.option_code, CASE WHEN a.num IS NOT NULL THEN quote(a.num) END, a.text))
    FROM answer a WHERE a.response_id = r.id) AS answers`;

type AnswerTuple = [questionId: string, rowId: string | null, optionCode: string | null, num: string | null, text: string | null];

/** The answer rows of one response by question, from its JSON text. */
function answersByQuestion(json: string): Map<string, AnswerRow[]> {
  const byQuestion = new Map<string, AnswerRow[]>();
  for (const [questionId, rowId, optionCode, num, text] of JSON.parse(json) as AnswerTuple[]) {
    const row: AnswerRow = { questionId, rowId, optionCode, num: num === null ? null : Number(num), text };
    const list = byQuestion.get(questionId);
    if (list) list.push(row);
    else byQuestion.set(questionId, [row]);
  }
  return byQuestion;
}

/** The selected responses in start order, a page at a time (keyset on start time and id: the version's index), each with its answer rows by question. */
async function* responsePages(db: Queryable, where: CompiledFilter, members: readonly MemberColumn[]): AsyncGenerator<Page> {
  const memberSelect = members.map((c, i) => `, ${c.sql} AS m${i}`).join('');
  let after: [string, string] = ['', ''];
  for (;;) {
    const responses = await db.all<ResponsePageRow & { answers: string }>(
      `SELECT r.id, r.status, m.code AS memberCode, r.device_id AS deviceId, r.started_at AS startedAt, r.completed_at AS completedAt,
         (SELECT group_concat(f.kind, ';') FROM response_flag f WHERE f.response_id = r.id) AS flags, ${ANSWERS_JSON}${memberSelect}
       FROM response r LEFT JOIN member m ON m.id = r.member_id
       WHERE ${where.sql} AND (r.started_at, r.id) > (?, ?) ORDER BY r.started_at, r.id LIMIT ?`,
      [...where.params, ...after, EXPORT_PAGE_ROWS],
    );
    if (responses.length === 0) return;
    const last = responses.at(-1)!;
    after = [last.startedAt, last.id];
    yield { responses, answers: new Map(responses.map((r) => [r.id, answersByQuestion(r.answers)])) };
  }
}

const durationSeconds = (r: ResponsePageRow) => (r.completedAt === null ? null : (Date.parse(r.completedAt) - Date.parse(r.startedAt)) / 1000);

/** Whether any page or question has display logic (else every question was shown, and the logic need not run per response). */
const hasLogic = (d: SurveyDefinition) => d.pages.some((p) => p.showIf !== null || p.questions.some((q) => q.showIf !== null));

function wideTable(db: Queryable, where: CompiledFilter, input: ResponseExportInput, definition: SurveyDefinition, version: number, members: readonly MemberColumn[]): ExportTable {
  const columns: WideColumn[] = wideColumns(definition, input.multi);
  const logic = hasLogic(definition);
  const header = [...META_HEADER, ...members.map((c) => `member.${c.name}`), ...columns.map((c) => c.header)];
  async function* pages() {
    for await (const { responses, answers } of responsePages(db, where, members)) {
      yield responses.map((r) => {
        const byQuestion = answers.get(r.id) ?? new Map<string, AnswerRow[]>();
        const shown = logic ? displayState(definition, [...byQuestion.values()].flat()).questions : null;
        const flags = r.flags === null ? null : r.flags.split(';').sort().join(';');
        const meta: CsvCell[] = [r.id, version, r.status, r.memberCode, r.deviceId, r.startedAt, r.completedAt, durationSeconds(r), flags];
        const memberCells = members.map((_, i) => r[`m${i}`] ?? null);
        return [...meta, ...memberCells, ...columns.map((c) => wideCell(c, byQuestion.get(c.question.id), shown === null || shown[c.question.id] === true, input))];
      });
    }
  }
  return { header, pages };
}

function longTable(db: Queryable, where: CompiledFilter, input: ResponseExportInput, definition: SurveyDefinition): ExportTable {
  const questions = questionEntries(definition).map((e) => e.question).filter(isAnswerable);
  async function* pages() {
    for await (const { responses, answers } of responsePages(db, where, [])) {
      const lines: CsvCell[][] = [];
      for (const r of responses) {
        const byQuestion = answers.get(r.id);
        for (const q of questions) {
          for (const row of byQuestion?.get(q.id) ?? []) {
            const other = row.optionCode !== null && row.text !== null ? row.text : null;
            lines.push([r.id, q.id, row.rowId, rowValue(q, other === null ? row : { ...row, text: null }, input.values), other]);
          }
        }
      }
      yield lines;
    }
  }
  return { header: LONG_HEADER, pages };
}

/** A responses export, wide (with its codebook beside) or long, of one survey version. */
export async function planResponseExport(ctx: CallContext, input: ResponseExportInput): Promise<ExportPlan> {
  const db = ctx.db.reader;
  const version = await loadVersion(db, input.surveyVersionId);
  const members = input.shape === 'wide' ? await memberColumns(db, input.memberColumns, 'memberColumns') : [];
  const where = await responseCondition(ctx, input);
  const { n } = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM response r WHERE ${where.sql}`, where.params))!;
  const codebook = input.shape === 'wide' ? await planCodebook(ctx, input) : null;
  const base = `responses-v${version.version}-${input.shape}-${ctx.now().toISOString().slice(0, 10)}`;
  return {
    kind: 'export.responses',
    table: input.shape === 'wide' ? wideTable(db, where, input, version.definition, version.version, members) : longTable(db, where, input, version.definition),
    fileName: `${base}.csv`,
    total: n,
    written: (rows) => auditPersonalExport(ctx, { action: 'export.responses', entity: 'survey_version', entityId: input.surveyVersionId, rows, columns: members }),
    ...(codebook ? { beside: { suffix: '.codebook.csv', fileName: `${base}.codebook.csv`, table: codebook.table } } : {}),
  };
}
