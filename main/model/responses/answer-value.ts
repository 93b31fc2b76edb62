import { z } from 'zod';
import { OTHER_CODE } from '../survey/definition';

/**
 * An answer as callers give it and read it back (collect.answer, responses.get, responses.update),
 * one shape per question type:
 *
 * | question         | value                                                        |
 * |------------------|--------------------------------------------------------------|
 * | single, likert   | the option code, or `{ code: "other", text }`                |
 * | multi            | an array of those                                            |
 * | matrix           | `{ [rowId]: code }` (rows left out are unanswered)           |
 * | nps              | 0–10, or the code of one of its extra options ("Don't know") |
 * | number           | a number                                                     |
 * | text, longText   | a string                                                     |
 * | any              | `null`: no answer (clears it)                                |
 *
 * This schema checks the form only; whether a value fits its question is answer-rows.ts' work.
 */
const otherAnswer = z.object({ code: z.literal(OTHER_CODE), text: z.string().max(4000) }).strict();
export const choiceAnswer = z.union([z.string().min(1).max(64), otherAnswer]);
const matrixAnswer = z.record(z.string().min(1).max(64), z.string().min(1).max(64));

export const answerValue = z.union([z.null(), z.number(), z.string().max(100_000), otherAnswer, z.array(choiceAnswer).max(1000), matrixAnswer]);

export type ChoiceAnswer = z.infer<typeof choiceAnswer>;
export type AnswerValue = z.infer<typeof answerValue>;
