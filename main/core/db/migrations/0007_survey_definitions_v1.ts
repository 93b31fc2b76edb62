import { z } from 'zod';
import type { Tx } from '../writer';

/**
 * Survey definitions move from the first flat shape `{ language, questions }` (one list of questions,
 * `other: true` for "Other, please specify", NPS with min/max) to format 1: pages of questions with
 * display logic and settings, "Other" as the option with the reserved code `other`, and the survey's
 * length limits (until now `survey.max_items` / `max_minutes`) in `settings.limits`, where the
 * defaults 25 and 20 become null (= the workspace default). Every version is reshaped, published
 * ones included: the questions, codes and texts stay the same, only the shape changes.
 *
 * Ids that format 1 no longer accepts (it allows letters, digits, "_" and "-", at most 64) are
 * rewritten, and so are the answers and timings that name them, so no answer loses its question.
 * A definition in neither shape is left as it is (the app reports it when the survey is opened).
 * This file carries its own copy of both shapes: it must keep meaning what it meant when released.
 */

const oldOption = z.object({ code: z.string().min(1), label: z.string() });
const oldQuestion = z.object({
  id: z.string().min(1),
  type: z.enum(['single', 'multi', 'likert', 'matrix', 'nps', 'number', 'text']),
  text: z.string(),
  required: z.boolean().default(false),
  options: z.array(oldOption).default([]),
  rows: z.array(z.object({ id: z.string().min(1), label: z.string() })).default([]),
  other: z.boolean().default(false),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
});
const oldDefinition = z.object({ language: z.string().default('en'), questions: z.array(oldQuestion) });
type OldQuestion = z.infer<typeof oldQuestion>;

type Language = 'en' | 'zh-CN' | 'ru';
const OTHER_LABEL: Record<Language, string> = { en: 'Other', 'zh-CN': '其他', ru: 'Другое' };
const DEFAULT_LIMITS = { items: 25, minutes: 20 };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const CODE_MAX = 64;

const languageOf = (tag: string): Language => {
  const lower = tag.toLowerCase();
  return lower.startsWith('zh') ? 'zh-CN' : lower.startsWith('ru') ? 'ru' : 'en';
};

/** Renames needed so every id fits format 1, kept unique among its siblings. */
class Renames {
  readonly map = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    values: readonly string[],
    private readonly fits: (v: string) => boolean,
    private readonly fix: (v: string) => string,
  ) {
    for (const v of values) if (fits(v)) this.used.add(v);
    for (const v of values) if (!fits(v) && !this.map.has(v)) this.map.set(v, this.unique(fix(v)));
  }

  private unique(base: string): string {
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base.slice(0, 60)}_${n}`;
    this.used.add(candidate);
    return candidate;
  }

  of = (v: string) => this.map.get(v) ?? v;
}

const asId = (v: string) => {
  const cleaned = v.normalize('NFKC').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[_-]+/, '');
  return (cleaned || 'q').slice(0, 64);
};
const asCode = (v: string) => v.slice(0, CODE_MAX);

const option = (code: string, label: string) => ({ code, label, exclusive: false, nonSubstantive: false });

interface Rewrite {
  questions: Renames;
  rows: Map<string, Renames>;
  codes: Map<string, Renames>;
}

function newQuestion(q: OldQuestion, language: Language, rewrite: Rewrite) {
  const id = rewrite.questions.of(q.id);
  const codes = new Renames(q.options.map((o) => o.code), (c) => c.length <= CODE_MAX, asCode);
  const rows = new Renames(q.rows.map((r) => r.id), (r) => ID.test(r), asId);
  rewrite.codes.set(q.id, codes);
  rewrite.rows.set(q.id, rows);
  const options = q.options.map((o) => option(codes.of(o.code), o.label));
  const common = { id, text: q.text, help: null, showIf: null, required: q.required };
  switch (q.type) {
    case 'single':
    case 'multi': {
      const withOther = q.other && !options.some((o) => o.code === 'other') ? [...options, option('other', OTHER_LABEL[language])] : options;
      const single = { type: q.type, ...common, options: withOther, randomizeOptions: false };
      return q.type === 'multi' ? { ...single, minChoices: null, maxChoices: null } : single;
    }
    case 'likert':
      return { type: q.type, ...common, options };
    case 'matrix':
      return { type: q.type, ...common, rows: q.rows.map((r) => ({ id: rows.of(r.id), label: r.label })), options, randomizeRows: false };
    case 'nps': {
      // Options listing the 0–10 points were the scale itself; any other is an extra like "Don't know".
      const extras = options.filter((o) => !/^(?:[0-9]|10)$/.test(o.code)).map((o) => ({ ...o, nonSubstantive: true }));
      return { type: q.type, ...common, lowLabel: null, highLabel: null, options: extras };
    }
    case 'number':
      return { type: q.type, ...common, min: q.min, max: q.max, integer: false };
    case 'text':
      return { type: q.type, ...common, maxLength: 250 };
  }
}

type Limits = { items: number | null; minutes: number | null };

/** The survey's own limits: null where it had the old default, or a value format 1 would not accept. */
const ownLimits = (items: number, minutes: number): Limits => ({
  items: items === DEFAULT_LIMITS.items || !Number.isInteger(items) || items < 1 || items > 1000 ? null : items,
  minutes: minutes === DEFAULT_LIMITS.minutes || !(minutes > 0 && minutes <= 600) ? null : minutes,
});

function reshape(stored: unknown, limits: Limits): { definition: unknown; rewrite: Rewrite | null } | null {
  const old = oldDefinition.safeParse(stored);
  if (old.success) {
    const language = languageOf(old.data.language);
    const rewrite: Rewrite = { questions: new Renames(old.data.questions.map((q) => q.id), (v) => ID.test(v), asId), rows: new Map(), codes: new Map() };
    const settings = { identification: 'anonymous', responseCap: null, endMessage: null, quotaFullMessage: null, limits };
    const questions = old.data.questions.map((q) => newQuestion(q, language, rewrite));
    return { definition: { format: 1, language, settings, pages: [{ id: 'p1', title: null, showIf: null, questions }] }, rewrite };
  }
  const isFormat1 = typeof stored === 'object' && stored !== null && Array.isArray((stored as { pages?: unknown }).pages);
  if (!isFormat1) return null;
  // Already format 1 (written between the model's arrival and this migration): only the limits move in.
  const current = stored as { settings?: { limits?: Partial<Limits> } };
  const own = { items: current.settings?.limits?.items ?? limits.items, minutes: current.settings?.limits?.minutes ?? limits.minutes };
  return { definition: { ...current, settings: { ...current.settings, limits: own } }, rewrite: null };
}

/** Points the answers and timings of this version's responses at the renamed questions, rows and codes. */
async function applyRewrite(tx: Tx, versionId: string, rewrite: Rewrite): Promise<void> {
  const responses = 'response_id IN (SELECT id FROM response WHERE survey_version_id = ?)';
  for (const [oldQuestionId, codes] of rewrite.codes) {
    for (const [from, to] of codes.map) {
      await tx.run(`UPDATE answer SET option_code = ? WHERE question_id = ? AND option_code = ? AND ${responses}`, [to, oldQuestionId, from, versionId]);
    }
  }
  for (const [oldQuestionId, rows] of rewrite.rows) {
    for (const [from, to] of rows.map) {
      await tx.run(`UPDATE answer SET row_id = ? WHERE question_id = ? AND row_id = ? AND ${responses}`, [to, oldQuestionId, from, versionId]);
    }
  }
  for (const [from, to] of rewrite.questions.map) {
    await tx.run(`UPDATE answer SET question_id = ? WHERE question_id = ? AND ${responses}`, [to, from, versionId]);
    await tx.run(`UPDATE answer_timing SET question_id = ? WHERE question_id = ? AND ${responses}`, [to, from, versionId]);
  }
}

export async function up(tx: Tx): Promise<void> {
  const versions = await tx.all<{ id: string; definition: string; max_items: number; max_minutes: number }>(
    'SELECT v.id, v.definition, s.max_items, s.max_minutes FROM survey_version v JOIN survey s ON s.id = v.survey_id',
  );
  for (const v of versions) {
    let stored: unknown;
    try {
      stored = JSON.parse(v.definition);
    } catch {
      continue;
    }
    const result = reshape(stored, ownLimits(v.max_items, v.max_minutes));
    if (!result) continue;
    await tx.run('UPDATE survey_version SET definition = ? WHERE id = ?', [JSON.stringify(result.definition), v.id]);
    if (result.rewrite) await applyRewrite(tx, v.id, result.rewrite);
  }
}
