import type { z } from 'zod';
import { ID_PATTERN } from './definition';

/**
 * One problem found in a survey definition, from the schema (parse-definition.ts) or from the
 * rules beyond it (validate-definition.ts). `path` is compatible with the API's `Issue`; `kind` and
 * `params` let the renderer translate it; `message` is the English wording for logs and errors.
 * Written out as `pages[0].questions[3].options[1].code: expected a string`.
 */
export type DefinitionPath = (string | number)[];

export interface DefinitionIssue {
  path: DefinitionPath;
  kind: string;
  params: Record<string, string | number>;
  message: string;
}

/** `['pages', 0, 'questions', 3, 'text']` → `pages[0].questions[3].text`; the root is `(definition)`. */
export function formatPath(path: readonly (string | number)[]): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return text || '(definition)';
}

export const formatIssue = (issue: DefinitionIssue) => `${formatPath(issue.path)}: ${issue.message}`;

const typeNames: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null',
};
const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const plural = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;

type Described = Pick<DefinitionIssue, 'kind' | 'params' | 'message'>;

function sizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Described {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const params = { bound: Number(bound) };
  if (issue.origin === 'string') {
    if (small && Number(bound) === 1) return { kind: 'empty', params, message: 'must not be empty' };
    return { kind: small ? 'tooShort' : 'tooLong', params, message: `must be ${small ? 'at least' : 'at most'} ${plural(bound, 'character')}` };
  }
  if (issue.origin === 'array') {
    return { kind: small ? 'tooFew' : 'tooMany', params, message: `needs ${small ? 'at least' : 'at most'} ${plural(bound, 'item')}` };
  }
  const strict = issue.inclusive === false;
  const relation = small ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most';
  return { kind: small ? 'tooLow' : 'tooHigh', params, message: `must be ${relation} ${bound}` };
}

function describe(issue: z.core.$ZodIssue): Described {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      const params = { expected: issue.expected };
      return issue.input === undefined
        ? { kind: 'missing', params, message: `is missing (expected ${expected})` }
        : { kind: 'wrongType', params, message: `expected ${expected}` };
    }
    case 'unrecognized_keys':
      return { kind: 'unknownField', params: {}, message: 'is not a field of this format' };
    case 'invalid_union':
      // The question union is discriminated by `type`: the issue sits on `type` and lists the types.
      return 'options' in issue && Array.isArray(issue.options)
        ? { kind: 'notOneOf', params: { values: issue.options.join(', ') }, message: `expected one of ${quoteAll(issue.options)}` }
        : { kind: 'invalid', params: {}, message: 'matches none of the allowed forms' };
    case 'invalid_value':
      return { kind: 'notOneOf', params: { values: issue.values.map(String).join(', ') }, message: `expected ${issue.values.length > 1 ? 'one of ' : ''}${quoteAll(issue.values)}` };
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern === String(ID_PATTERN)
        ? { kind: 'badId', params: {}, message: 'expected an id: letters, digits, "_" or "-", starting with a letter or digit, at most 64 characters' }
        : { kind: 'badFormat', params: { format: issue.format }, message: `is not a valid ${issue.format}` };
    default:
      return { kind: 'invalid', params: {}, message: issue.message };
  }
}

/** Issues saying the input has another shape altogether (an unknown key, a missing field). */
const shapeMismatches = (issues: readonly z.core.$ZodIssue[]) =>
  issues.filter((i) => i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.input === undefined)).length;

/**
 * Zod issues (parsed with `reportInput: true`, so a missing field is told apart from a wrong one) as
 * definition issues. For a union without a discriminator (a filter node: condition, and, or, not)
 * the issues of the form the input resembles most are reported, so `op: "equals"` says that the op
 * is wrong rather than that the node matches no form.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): DefinitionIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], ...describe(issue) }));
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (shapeMismatches(branch) < shapeMismatches(best) ? branch : best));
      return fromZodIssues(closest, path);
    }
    return [{ path, ...describe(issue) }];
  });
}
