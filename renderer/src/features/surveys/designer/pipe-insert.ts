import { answerField } from '@model/survey/answer-fields';

/** The piping token of an answer (a matrix row's with its row id), as the model reads it: {{answer:q1}}. */
export const pipeToken = (questionId: string, rowId: string | null = null) => `{{${answerField(questionId, rowId)}}}`;

/**
 * Text with a token put where the caret was (replacing a selection), and where the caret goes
 * after it. A space is added on a side where the token would touch a letter or digit.
 */
export function insertAtCaret(text: string, selection: { start: number; end: number }, token: string): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Chinese runs on without spaces; other scripts keep the token apart from the word beside it.
  const touches = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !/\p{Script=Han}/u.test(ch);
  const inserted = `${touches(before.at(-1)) ? ' ' : ''}${token}${touches(after[0]) ? ' ' : ''}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
