import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import { method } from './define';

/**
 * Segments: saved member filters in the panel's one filter language (tags, fields, attributes
 * attr:<key>, openness band, lifecycle stage, campaign status campaign:<id>, answers
 * answer:<versionId>:<questionId>, other segments segment:<id>), with their live size.
 */

const segmentId = z.number().int().positive();

const segment = z.object({
  id: segmentId,
  name: z.string(),
  description: z.string().nullable(),
  filter: filterSchema,
  /** The segments its filter names. */
  references: z.array(z.number().int()),
  /** Members in it now, of all members. */
  size: z.number().int(),
  total: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const size = z.object({ size: z.number().int(), total: z.number().int() });

export const segmentsMethods = {
  'segments.list': method({
    summary: 'The saved segments, by name, each with its filter, the segments it names and its live size.',
    input: z.object({}).strict(),
    output: z.object({ segments: z.array(segment) }),
  }),
  'segments.save': method({
    summary: 'Save a segment (with an id: replace it). The filter is checked against the member catalog; a reference cycle is VALIDATION naming its path, a taken name CONFLICT.',
    input: z
      .object({
        id: segmentId.optional(),
        name: z.string().trim().min(1, 'expected a name').max(100),
        description: z.string().trim().max(500).nullable().default(null),
        filter: filterSchema,
      })
      .strict(),
    output: segment,
  }),
  'segments.size': method({
    summary: 'Members in a saved segment ({ segmentId }) or matching a filter not saved yet ({ filter }), of all members.',
    input: z
      .object({ segmentId: segmentId.optional(), filter: filterSchema.nullable().optional() })
      .strict()
      .refine((i) => (i.segmentId === undefined) !== (i.filter === undefined), 'give either segmentId or filter'),
    output: size,
  }),
  'segments.delete': method({
    summary: 'Delete a segment; CONFLICT while other segments name it.',
    input: z.object({ id: segmentId }).strict(),
    output: z.object({ id: segmentId }),
  }),
};
