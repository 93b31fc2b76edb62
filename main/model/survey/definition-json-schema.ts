import { z } from 'zod';
import { surveyDefinition } from './definition';

/**
 * The definition's JSON Schema (draft 2020-12), generated from the zod schema so the two cannot
 * drift apart. It describes what a file may contain (the input side: fields with defaults are not
 * required), for editors that validate JSON and for the README. Cross-field rules are not in it.
 */
export const definitionJsonSchema = () => z.toJSONSchema(surveyDefinition, { io: 'input', target: 'draft-2020-12' });
