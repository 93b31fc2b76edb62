import { z } from 'zod';
import { filterSchema, filterTree } from '../filter/filter';
import { surveyDefinition } from './definition';

const options = { io: 'input', target: 'draft-2020-12' } as const;

/**
 * The definition's JSON Schema (draft 2020-12), generated from the zod schema so the two cannot
 * drift apart. It describes what a file may contain (the input side: fields with defaults are not
 * required), for editors that validate JSON and for the README. Cross-field rules are not in it.
 * Display logic is a filter whose size is checked before its shape (filterSchema), so its input side
 * would read as "anything": it is shown as the filter tree it must be, defined once under $defs.
 */
export function definitionJsonSchema() {
  // The tree refers to itself as "#"; inside the definition's schema that is $defs/filter.
  const { $defs: treeDefs, $schema: _, ...tree } = JSON.parse(JSON.stringify(z.toJSONSchema(filterTree, options)).replaceAll('"$ref":"#"', '"$ref":"#/$defs/filter"'));
  const schema = z.toJSONSchema(surveyDefinition, {
    ...options,
    override: (ctx) => {
      if ((ctx.zodSchema as unknown) === filterSchema) ctx.jsonSchema.$ref = '#/$defs/filter';
    },
  });
  return { ...schema, $defs: { ...schema.$defs, ...treeDefs, filter: tree } };
}
