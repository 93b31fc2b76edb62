import { describe, expect, it } from 'vitest';
import { questionTypes } from '../../../main/model/survey/definition';
import { definitionJsonSchema } from '../../../main/model/survey/definition-json-schema';
import { parseDefinition } from '../../../main/model/survey/parse-definition';
import { agreeScale } from './survey-fixtures';

type Schema = Record<string, unknown>;

/**
 * A JSON Schema checker for the keywords the generated schema uses (no validator package is
 * installed): enough to show the schema accepts what the zod schema accepts and refuses the rest.
 */
function conforms(value: unknown, schema: Schema, root: Schema): boolean {
  if (typeof schema.$ref === 'string') return conforms(value, (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')]!, root);
  const typeOk: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    integer: (v) => Number.isInteger(v),
    boolean: (v) => typeof v === 'boolean',
    null: (v) => v === null,
    array: Array.isArray,
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  };
  const checks: [string, (rule: never) => boolean][] = [
    ['type', (t: string | string[]) => [t].flat().some((x) => typeOk[x]!(value))],
    ['const', (c: unknown) => value === c],
    ['enum', (e: unknown[]) => e.includes(value)],
    ['anyOf', (s: Schema[]) => s.some((x) => conforms(value, x, root))],
    ['oneOf', (s: Schema[]) => s.filter((x) => conforms(value, x, root)).length === 1],
    ['minLength', (n: number) => typeof value !== 'string' || [...value].length >= n],
    ['maxLength', (n: number) => typeof value !== 'string' || [...value].length <= n],
    ['pattern', (p: string) => typeof value !== 'string' || new RegExp(p, 'u').test(value)],
    ['minimum', (n: number) => typeof value !== 'number' || value >= n],
    ['maximum', (n: number) => typeof value !== 'number' || value <= n],
    ['exclusiveMinimum', (n: number) => typeof value !== 'number' || value > n],
    ['minItems', (n: number) => !Array.isArray(value) || value.length >= n],
    ['maxItems', (n: number) => !Array.isArray(value) || value.length <= n],
    ['items', (s: Schema) => !Array.isArray(value) || value.every((v) => conforms(v, s, root))],
    ['required', (keys: string[]) => keys.every((k) => Object.hasOwn(value as object, k))],
    ['properties', (props: Record<string, Schema>) => Object.entries(props).every(([k, s]) => !Object.hasOwn(value as object, k) || conforms((value as Record<string, unknown>)[k], s, root))],
    ['additionalProperties', (allowed: boolean) => allowed || Object.keys(value as object).every((k) => Object.hasOwn(schema.properties as object, k))],
  ];
  const known = new Set(['$schema', '$defs', 'default', 'description', 'title', ...checks.map(([k]) => k)]);
  const unknown = Object.keys(schema).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`the checker does not know ${unknown.join(', ')}`);
  return checks.every(([keyword, check]) => !(keyword in schema) || check(schema[keyword] as never));
}

const schema = definitionJsonSchema() as Schema;
const valid = (value: unknown) => conforms(value, schema, schema);

const example = {
  format: 1,
  language: 'zh-CN',
  settings: { identification: 'optional', responseCap: 500, limits: { items: 20, minutes: 15 } },
  pages: [
    {
      id: 'p1',
      title: '使用情况',
      questions: [
        { id: 'usage', type: 'single', text: '您多久使用一次本产品？', required: true, randomizeOptions: true, options: [{ code: 'daily', label: '每天' }, { code: 'other', label: '其他' }] },
        { id: 'features', type: 'multi', text: '您使用哪些功能？', maxChoices: 3, options: [{ code: 'search', label: '搜索' }, { code: 'none', label: '都不用', exclusive: true }] },
        { id: 'sat', type: 'likert', text: '总体而言，我对产品满意。', options: agreeScale },
        { id: 'aspects', type: 'matrix', text: '请评价', rows: [{ id: 'speed', label: '速度' }], options: agreeScale },
        { id: 'nps', type: 'nps', text: '您向朋友推荐的可能性有多大？', options: [{ code: 'dk', label: '不知道', nonSubstantive: true }] },
      ],
    },
    {
      id: 'p2',
      showIf: { and: [{ field: 'answer:usage', op: 'eq', value: 'daily' }, { not: { field: 'answer:nps', op: 'lt', value: 7 } }] },
      questions: [
        { id: 'wtp', type: 'number', text: '您愿意每月支付多少？', min: 0, integer: true },
        { id: 'why', type: 'longText', text: '为什么？{{answer:usage}}', maxLength: 2000 },
        { id: 'thanks', type: 'info', text: '谢谢！' },
      ],
    },
  ],
};

describe('the definition JSON Schema', () => {
  it('is generated from the zod schema: the input shape, with the types and the required fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['language', 'pages']);
    const props = schema.properties as Record<string, Schema>;
    expect(props.format).toMatchObject({ const: 1, default: 1 });
    const question = ((props.pages!.items as Schema).properties as Record<string, Schema>).questions!.items as Schema;
    const branches = question.oneOf as Schema[];
    expect(branches.map((b) => (b.properties as Record<string, Schema>).type!.const)).toEqual([...questionTypes]);
    expect(branches.every((b) => (b.required as string[]).includes('id') && (b.required as string[]).includes('text'))).toBe(true);
  });

  it('accepts a full example and a minimal hand-written file', () => {
    expect(parseDefinition(example).ok).toBe(true);
    expect(valid(example)).toBe(true);
    expect(valid({ language: 'en', pages: [{ id: 'p1', questions: [{ id: 'q1', type: 'text', text: 'Name?' }] }] })).toBe(true);
  });

  it('refuses what the zod schema refuses', () => {
    const page = example.pages[0]!;
    const bad = (questions: unknown[]) => ({ ...example, pages: [{ ...page, questions }] });
    expect(valid(bad([{ id: 'q', type: 'single', text: 'Pick', options: [{ code: 2, label: 'B' }] }]))).toBe(false);
    expect(valid(bad([{ id: 'q', type: 'dropdown', text: 'Pick' }]))).toBe(false);
    expect(valid(bad([{ id: 'q', type: 'text' }]))).toBe(false);
    expect(valid(bad([{ id: 'q 1', type: 'text', text: 'Name?' }]))).toBe(false);
    expect(valid(bad([{ id: 'q', type: 'info', text: 'Hi', required: true }]))).toBe(false);
    expect(valid({ ...example, format: 2 })).toBe(false);
    expect(valid({ ...example, language: 'de' })).toBe(false);
  });
});
