import fs from 'node:fs';
import type { SqlValue } from '../../main/core/db/connection';

export const ANSWER_COLUMNS = ['response_id', 'question_id', 'row_id', 'option_code', 'num', 'text'] as const;
export type AnswerRow = [responseId: string, questionId: string, rowId: string | null, optionCode: string | null, num: number, text: string | null];

/** Deterministic PRNG (mulberry32), so every run and both sides get the same rows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMENTS = [
  'Great community, the tasks are short and clear.',
  'Too many reminders, please send fewer emails',
  'I liked the "product diary" task, more like that',
  'Не хватает времени на длинные опросы',
  '问卷太长了，希望更短一些',
  'ok',
];
const OTHER_TEXTS = ['my neighbour', 'a podcast, I think', 'store flyer', 'Telegram-канал'];
export const ANSWERS_PER_RESPONSE = 20;

/**
 * A survey's worth of answers per response, shaped like the real questionnaire: a 5-row matrix,
 * single and multiple choice, NPS, a number, a choice with "other" text, Likert items and a rating
 * with an optional comment. `num` always carries a value: the sqlite3 shell's .import turns an empty
 * CSV field into '' which a STRICT REAL column rejects, while for the TEXT columns '' and NULL cost
 * the same (both are a zero-length record field), so those stay NULL on the workbench side.
 */
type Answer = [questionId: string, rowId: string | null, optionCode: string | null, num: number, text: string | null];

function answersOf(next: () => number): Answer[] {
  const pick = (n: number) => 1 + Math.floor(next() * n);
  const answers: Answer[] = [];
  for (let r = 1; r <= 5; r++) {
    const v = pick(5);
    answers.push(['q03_matrix', `r${r}`, String(v), v, null]);
  }
  const single = pick(5);
  answers.push(['q01_channel', null, `opt${single}`, single, null]);
  for (const code of ['news', 'deals', 'events']) answers.push(['q02_topics', null, code, 1, null]);
  answers.push(['q04_nps', null, null, Math.floor(next() * 11), null]);
  answers.push(['q05_spend', null, null, Math.floor(next() * 4000) / 4, null]);
  const other = next() < 0.2;
  answers.push(['q06_heard_from', null, other ? 'other' : `src${pick(4)}`, other ? 9 : pick(4), other ? OTHER_TEXTS[pick(OTHER_TEXTS.length) - 1]! : null]);
  for (let q = 7; q <= 13; q++) {
    const v = pick(5);
    answers.push([`q${String(q).padStart(2, '0')}_likert`, null, String(v), v, null]);
  }
  const rating = pick(5);
  answers.push(['q14_rating', null, String(rating), rating, next() < 0.3 ? COMMENTS[pick(COMMENTS.length) - 1]! : null]);
  return answers;
}

const uuidOf = (next: () => number) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
};

const NULL_CODE = -1;

/**
 * All answer rows in typed arrays, handed out as row arrays chunk by chunk, as an import that parses
 * its file chunk by chunk would. A million row arrays held at once would make every major GC pause
 * the event loop for over 100 ms, a cost of the benchmark's set-up rather than of inserting.
 */
export class AnswerTable {
  private readonly strings: string[] = [];
  private readonly codes = new Map<string, number>();
  private readonly response: Int32Array;
  private readonly question: Int32Array;
  private readonly rowId: Int32Array;
  private readonly option: Int32Array;
  private readonly num: Float64Array;
  private readonly text: Int32Array;
  length = 0;

  constructor(readonly responseIds: readonly string[], capacity: number) {
    this.response = new Int32Array(capacity);
    this.question = new Int32Array(capacity);
    this.rowId = new Int32Array(capacity);
    this.option = new Int32Array(capacity);
    this.num = new Float64Array(capacity);
    this.text = new Int32Array(capacity);
  }

  private code(value: string | null): number {
    if (value === null) return NULL_CODE;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.strings.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }

  private string(code: number): string | null {
    return code === NULL_CODE ? null : this.strings[code]!;
  }

  push(response: number, [questionId, rowId, optionCode, num, text]: Answer): void {
    const i = this.length++;
    this.response[i] = response;
    this.question[i] = this.code(questionId);
    this.rowId[i] = this.code(rowId);
    this.option[i] = this.code(optionCode);
    this.num[i] = num;
    this.text[i] = this.code(text);
  }

  rows(start: number, end: number): AnswerRow[] {
    const rows: AnswerRow[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) {
      rows.push([this.responseIds[this.response[i]!]!, this.string(this.question[i]!)!, this.string(this.rowId[i]!), this.string(this.option[i]!), this.num[i]!, this.string(this.text[i]!)]);
    }
    return rows;
  }
}

export function generateAnswers(responses: number, seed = 20260115): AnswerTable {
  const next = random(seed);
  const table = new AnswerTable(Array.from({ length: responses }, () => uuidOf(next)), responses * ANSWERS_PER_RESPONSE);
  for (let r = 0; r < responses; r++) for (const answer of answersOf(next)) table.push(r, answer);
  return table;
}

const csvField = (value: SqlValue) => {
  if (value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The same rows as RFC 4180 CSV for the shell's .import (NULL becomes an empty field). */
export function writeAnswersCsv(table: AnswerTable, file: string): void {
  const fd = fs.openSync(file, 'w');
  const CHUNK = 50_000;
  for (let i = 0; i < table.length; i += CHUNK) {
    const lines = table.rows(i, i + CHUNK).map((row) => row.map(csvField).join(','));
    fs.writeSync(fd, `${lines.join('\n')}\n`);
  }
  fs.closeSync(fd);
}
