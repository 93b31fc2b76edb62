import fs from 'node:fs';
import type { AnswerColumn } from '../../main/api/response-import';
import type { SurveyDefinitionInput } from '../../main/model/survey/definition';
import { randomInts } from './random-ints';

/** The benchmarks' survey of 25 questions and a LimeSurvey-like CSV export of its responses (response import, bundles). */

const scale = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'].map((label) => ({ label }));
const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `c${i + 1}`, label: `Choice ${i + 1}` }));

/**
 * 25 questions of every answerable type: 8 single choices, 5 Likert items, a 4-row matrix, 3
 * multiple choices, 2 NPS, 3 numbers and 3 texts (28 columns with the matrix rows).
 */
export const questions: SurveyDefinitionInput['pages'][number]['questions'] = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `s${i + 1}`, type: 'single' as const, text: `Single ${i + 1}?`, options: choices(5) })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `l${i + 1}`, type: 'likert' as const, text: `Statement ${i + 1}`, options: scale })),
  { id: 'm1', type: 'matrix', text: 'Rate these', rows: ['speed', 'price', 'support', 'design'].map((id) => ({ id, label: id })), options: scale },
  ...Array.from({ length: 3 }, (_, i) => ({ id: `mc${i + 1}`, type: 'multi' as const, text: `Multi ${i + 1}?`, options: choices(6) })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `n${i + 1}`, type: 'nps' as const, text: `Recommend ${i + 1}?` })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `x${i + 1}`, type: 'number' as const, text: `Amount ${i + 1}`, min: 0, max: 10_000 })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `t${i + 1}`, type: 'text' as const, text: `Comment ${i + 1}` })),
];
export const definition: SurveyDefinitionInput = { language: 'en', settings: { limits: { items: 100, minutes: 60 } }, pages: [{ id: 'p1', questions }] };

const columnsOf = (q: (typeof questions)[number]): AnswerColumn[] =>
  q.type === 'matrix' ? q.rows.map((r) => ({ column: `${q.id}[${r.id}]`, questionId: q.id, rowId: r.id })) : [{ column: q.id, questionId: q.id }];
export const mapping: AnswerColumn[] = questions.flatMap(columnsOf);

const COMMENTS = ['Great', 'Too long, but "fine"', 'Не хватает времени', '问卷太长了', 'ok', ''];

/** A LimeSurvey-like export: codes for most choices, labels for some, multiple choices joined by `;`, start and end times. */
export function writeExport(file: string, rows: number): void {
  const r = randomInts(20_260_301);
  const out = fs.openSync(file, 'w');
  let buf = `start,end,${mapping.map((m) => m.column).join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const day = `2025-${String(r(12) + 1).padStart(2, '0')}-${String(r(28) + 1).padStart(2, '0')}`;
    const cells = [`${day} 10:${String(r(50)).padStart(2, '0')}:00`, `${day} 11:${String(r(60)).padStart(2, '0')}:00`];
    for (let q = 0; q < 8; q++) cells.push(r(4) ? `c${r(5) + 1}` : `Choice ${r(5) + 1}`);
    for (let q = 0; q < 9; q++) cells.push(r(3) ? String(r(5) + 1) : scale[r(5)]!.label);
    for (let q = 0; q < 3; q++) cells.push([...new Set([r(6), r(6), r(6)].slice(0, r(3) + 1))].map((c) => `c${c + 1}`).join(';'));
    for (let q = 0; q < 2; q++) cells.push(String(r(11)));
    for (let q = 0; q < 3; q++) cells.push(String(r(40_000) / 4));
    for (let q = 0; q < 3; q++) cells.push(`"${COMMENTS[r(COMMENTS.length)]!.replaceAll('"', '""')}"`);
    buf += `${cells.join(',')}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

