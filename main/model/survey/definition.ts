import { z } from 'zod';

/** Question kinds the workbench collects; each maps to answer rows as DESIGN.md §3 describes. */
export const questionTypes = ['single', 'multi', 'likert', 'matrix', 'nps', 'number', 'text'] as const;

const option = z.object({ code: z.string().min(1), label: z.string().min(1) });

export const question = z.object({
  id: z.string().min(1),
  type: z.enum(questionTypes),
  text: z.string().min(1),
  required: z.boolean().default(false),
  /** single, multi, likert and matrix columns. */
  options: z.array(option).default([]),
  /** matrix rows. */
  rows: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) })).default([]),
  /** Adds a free-text "other" option to single and multi choice. */
  other: z.boolean().default(false),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
});
export type Question = z.infer<typeof question>;

export const surveyDefinition = z.object({
  language: z.string().default('en'),
  questions: z.array(question),
});
export type SurveyDefinition = z.infer<typeof surveyDefinition>;
