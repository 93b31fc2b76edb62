import { ID_PATTERN, OTHER_CODE, optionsOf, questionEntries, type Question, type SurveyDefinition, type SurveyLanguage } from './definition';
import type { AnswerRow } from './answer-fields';

/**
 * Piping: an earlier answer shown inside later text. The syntax is a token in double braces that
 * names an answer the way display logic does:
 *
 *   {{answer:q1}}              the answer to q1
 *   {{answer:q5.speed}}        the answer in row "speed" of matrix q5
 *   {{answer:q1|the product}}  the same, with "the product" when q1 has no answer
 *
 * A choice renders as its option label ("Other, please specify" as the typed text), a multiple
 * choice as the labels joined the language's way ("A, B and C", "A、B和C", "A, B и C"), a number
 * in the language's format, a text as typed. Without an answer and without a fallback, a token
 * renders as nothing. Tokens work in page titles, question text and help, option and row labels,
 * NPS end labels and the end and quota-full messages; validateDefinition checks that each points
 * at an earlier question. Any other `{{…}}` is reported as a malformed token.
 */

const ID = ID_PATTERN.source.slice(1, -1);
/** Anything in double braces; a piping token when its content matches TOKEN_CONTENT. */
export const PIPE_TOKEN = /\{\{([^{}]*)\}\}/g;
const TOKEN_CONTENT = new RegExp(`^answer:(${ID})(?:\\.(${ID}))?(?:\\|([^]*))?$`);

export interface PipeRef {
  questionId: string;
  rowId: string | null;
  fallback: string | null;
}

const tokenRef = (content: string): PipeRef | null => {
  const m = TOKEN_CONTENT.exec(content);
  return m ? { questionId: m[1]!, rowId: m[2] ?? null, fallback: m[3] ?? null } : null;
};

export interface PipeToken {
  /** The token as written, braces included. */
  raw: string;
  /** Null when the braces hold something that is not a valid token. */
  ref: PipeRef | null;
}

export const pipeTokens = (text: string): PipeToken[] => [...text.matchAll(PIPE_TOKEN)].map(([raw, content = '']) => ({ raw, ref: tokenRef(content) }));

const listFormats = new Map<SurveyLanguage, Intl.ListFormat>();
const numberFormats = new Map<SurveyLanguage, Intl.NumberFormat>();
const cached = <T>(cache: Map<SurveyLanguage, T>, language: SurveyLanguage, make: () => T): T => {
  let value = cache.get(language);
  if (!value) cache.set(language, (value = make()));
  return value;
};

function renderAnswer(q: Question, rows: readonly AnswerRow[], language: SurveyLanguage): string {
  if (q.type === 'nps' || q.type === 'number') {
    const num = rows[0]?.num;
    return num == null ? '' : cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(num);
  }
  if (q.type === 'text' || q.type === 'longText') return rows[0]?.text ?? '';
  const labels = new Map(optionsOf(q).map((o) => [o.code, o.label]));
  const shown = rows.flatMap((r) => {
    if (r.optionCode === null) return [];
    if (r.optionCode === OTHER_CODE && r.text) return [r.text];
    return [labels.get(r.optionCode) ?? r.optionCode];
  });
  return cached(listFormats, language, () => new Intl.ListFormat(language, { type: 'conjunction' })).format(shown);
}

/** A renderer of piped text for one response: built once, then applied to every text shown. */
export function createPiping(definition: SurveyDefinition, answers: readonly AnswerRow[]): (text: string) => string {
  const questions = new Map(questionEntries(definition).map((e) => [e.question.id, e.question]));
  return (text) =>
    text.replace(PIPE_TOKEN, (raw, content: string) => {
      const ref = tokenRef(content);
      const q = ref && questions.get(ref.questionId);
      if (!ref || !q) return raw;
      const rows = answers.filter((a) => a.questionId === q.id && (ref.rowId === null || a.rowId === ref.rowId));
      return renderAnswer(q, rows, definition.language) || (ref.fallback ?? '');
    });
}
