import { fromZodIssues, type DefinitionIssue } from './definition-issues';
import { SURVEY_FORMAT, surveyDefinition, type SurveyDefinition } from './definition';

/**
 * Reading a definition from a file or a request: JSON text or a parsed value in, either the
 * definition with defaults applied or every bad field's issue out (never only the first one).
 * This checks the shape; validateDefinition checks the rules across fields.
 */
export type ParsedDefinition = { ok: true; definition: SurveyDefinition } | { ok: false; issues: DefinitionIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseDefinition(input: unknown): ParsedDefinition {
  const format = isObject(input) ? input.format : undefined;
  if (typeof format === 'number' && format > SURVEY_FORMAT) {
    // Said apart from other errors: the file is fine, this app is older than it.
    const message = `the file is format ${format}, written by a newer version of the workbench; this version reads format ${SURVEY_FORMAT}`;
    return { ok: false, issues: [{ path: ['format'], kind: 'newerFormat', params: { format, supported: SURVEY_FORMAT }, message }] };
  }
  const result = surveyDefinition.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, definition: result.data } : { ok: false, issues: fromZodIssues(result.error.issues) };
}

/** An imported file's text: JSON syntax errors are reported as an issue at the root. */
export function parseDefinitionJson(text: string): ParsedDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [{ path: [], kind: 'invalidJson', params: { detail }, message: `is not valid JSON: ${detail}` }] };
  }
  return parseDefinition(value);
}
