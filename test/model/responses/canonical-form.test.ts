import { describe, expect, it } from 'vitest';
import { hashResponseContent, hashResponseTuples } from '../../../main/core/collection/response-hash';
import { answerTuples } from '../../../main/model/bundles/bundle-format';
import { canonicalResponse, canonicalResponseOfTuples, type ResponseContent } from '../../../main/model/responses/canonical-form';
import type { AnswerRow } from '../../../main/model/survey/answer-fields';

/** A small fixed-seed generator, so every run checks the same varied responses. */
function randomInts(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const TEXTS = ['Great', 'Too long, but "fine"', 'Не хватает времени', '问卷太长了', 'emoji 🎉 and \\ backslash', 'tab\tand\nnewline', '\u0000control\u001f', 'lone \ud800 surrogate', ''];
const NUMBERS = [0, -0, 7, -3, 1234.25, 0.1 + 0.2, 1e21, 5e-324, -1.7976931348623157e308, 2 ** 53 + 2, 1 / 3];

/** Answers of every kind: single and other, a matrix, a multiple choice, NPS and numbers, texts, in a shuffled order. */
function answersOf(r: (n: number) => number): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const add = (questionId: string, values: Partial<AnswerRow>) => rows.push({ questionId, rowId: null, optionCode: null, num: null, text: null, ...values });
  if (r(2)) add('s1', { optionCode: `c${r(5)}` });
  if (r(2)) add('s2', { optionCode: 'other', text: r(2) ? TEXTS[r(TEXTS.length)]! : null });
  for (const rowId of ['speed', 'price', 'support']) if (r(3)) add('m1', { rowId, optionCode: String(r(5) + 1) });
  for (let c = 0; c < 6; c++) if (r(2)) add('mc1', { optionCode: `c${c}` });
  if (r(2)) add('n1', r(4) ? { num: r(11) } : { optionCode: 'dk' });
  if (r(2)) add('x1', { num: NUMBERS[r(NUMBERS.length)]! });
  if (r(2)) add('t1', { text: TEXTS[r(TEXTS.length)]! });
  if (r(2)) add('問題', { text: '答え' });
  for (let i = rows.length - 1; i > 0; i--) {
    const j = r(i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

function responses(count: number): ResponseContent[] {
  const r = randomInts(20_261_202);
  return Array.from({ length: count }, (_, i) => ({
    surveyVersionId: `version-${r(3)}`,
    status: r(4) ? 'complete' : 'void',
    startedAt: `2026-0${r(9) + 1}-1${r(9)}T10:00:00.000Z`,
    completedAt: r(5) ? `2026-1${r(3)}-0${r(9) + 1}T11:00:00.000Z` : null,
    answers: i === 0 ? [] : answersOf(r),
  }));
}

describe('the canonical form from answer tuples', () => {
  it('is the canonical form of the same response made from answer rows, for 500 varied responses (matrix, multiple choice, numbers, unicode texts, nulls, no answers)', () => {
    for (const content of responses(500)) {
      const { answers, ...rest } = content;
      const tuples = answerTuples(answers);
      expect(canonicalResponseOfTuples(rest, tuples)).toBe(canonicalResponse(content));
      expect(hashResponseTuples(rest, tuples)).toBe(hashResponseContent(content));
    }
  });

  it('does not depend on the order of the tuples, and tells apart what differs', () => {
    const [content] = responses(2).slice(1);
    const { answers, ...rest } = content!;
    const tuples = answerTuples(answers);
    expect(hashResponseTuples(rest, [...tuples].reverse())).toBe(hashResponseContent(content!));
    expect(hashResponseTuples(rest, [...tuples, ['x9', null, null, 1, null]])).not.toBe(hashResponseContent(content!));
    expect(hashResponseTuples({ ...rest, status: rest.status === 'void' ? 'complete' : 'void' }, tuples)).not.toBe(hashResponseContent(content!));
  });
});
