import type { CodebookExportInput } from '@api/export';
import type { CsvCell } from '@model/csv/csv-preview';
import type { CallContext } from '../call-context';
import { loadVersion } from '../collection/collectable-versions';
import type { ExportPlan } from './export-jobs';
import { wideColumns, type WideColumn } from './wide-columns';

const HEADER = ['question_id', 'column', 'question_text', 'type', 'row_id', 'row_label', 'code', 'label', 'version', 'logic', 'page_logic', 'override_reason'];

/** The codebook's words for the two missing-value codes, in the export's language. */
const MISSING_LABELS = {
  en: { notShown: 'Not shown (hidden by display logic)', notAnswered: 'Shown but not answered' },
  'zh-CN': { notShown: '未显示（被显示逻辑隐藏）', notAnswered: '已显示但未回答' },
  ru: { notShown: 'Не показан (скрыт логикой показа)', notAnswered: 'Показан, но без ответа' },
} as const;

const logicText = (filter: unknown) => (filter === null ? null : JSON.stringify(filter));

/** The codebook lines of one wide column: one per code it may hold (its options, the 0/1 of an option column), else one. */
function columnLines(c: WideColumn): [row: [string | null, string | null], code: string | null, label: string | null][] {
  const q = c.question;
  const row: [string | null, string | null] = c.part.kind === 'row' ? [c.part.rowId, c.part.rowLabel] : [null, null];
  if (c.part.kind === 'option') return [[row, '1', c.part.label], [row, '0', null]];
  if (c.part.kind === 'otherText' || !('options' in q) || q.options.length === 0) return [[row, null, null]];
  return q.options.map((o) => [row, o.code, o.label]);
}

/**
 * A survey version's codebook: one line per code of each wide column (question id, column, text,
 * type, matrix row, code and label), with the version, the display logic (as the filter JSON of the
 * question and of its page) and the reason given to publish the version over its limits; then the
 * two missing-value codes the export chose. It goes beside every wide export.
 */
export async function planCodebook(ctx: CallContext, input: Pick<CodebookExportInput, 'surveyVersionId' | 'multi' | 'notShown' | 'notAnswered' | 'language'>): Promise<ExportPlan> {
  const db = ctx.db.reader;
  const version = await loadVersion(db, input.surveyVersionId);
  const { overrideReason } = (await db.get<{ overrideReason: string | null }>('SELECT override_reason AS overrideReason FROM survey_version WHERE id = ?', [input.surveyVersionId]))!;
  const pageOf = new Map(version.definition.pages.flatMap((p) => p.questions.map((q) => [q.id, p] as const)));
  const lines: CsvCell[][] = [];
  for (const c of wideColumns(version.definition, input.multi)) {
    const q = c.question;
    for (const [[rowId, rowLabel], code, label] of columnLines(c)) {
      lines.push([q.id, c.header, q.text, q.type, rowId, rowLabel, code, label, version.version, logicText(q.showIf), logicText(pageOf.get(q.id)!.showIf), overrideReason]);
    }
  }
  const missing = MISSING_LABELS[input.language];
  for (const kind of ['notShown', 'notAnswered'] as const) lines.push([null, null, null, 'missing', null, null, input[kind], missing[kind], version.version, null, null, overrideReason]);
  return {
    kind: 'export.codebook',
    table: { header: HEADER, pages: async function* () { yield lines; } },
    fileName: `codebook-v${version.version}.csv`,
    total: lines.length,
  };
}
