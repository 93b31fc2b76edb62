import { formatIssue } from '@model/survey/definition-issues';
import { parseDefinition } from '@model/survey/parse-definition';
import type { SurveyDefinition } from '@model/survey/definition';
import { AppError } from '../errors';

/**
 * A definition read back from the workspace. Everything the app stores passed parseDefinition, so a
 * failure here means the file was edited by hand or written by a newer build: said plainly
 * (CORRUPT, with the first problems), never half-read.
 */
/** JSON text read back from the workspace; undefined when it is not JSON (the caller's schema then says what is wrong). */
export function parseStoredJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readStoredDefinition(json: string, where: { title: string; version: number }): SurveyDefinition {
  const parsed = parseDefinition(parseStoredJson(json));
  if (parsed.ok) return parsed.definition;
  const detail = parsed.issues.slice(0, 3).map(formatIssue).join('; ');
  throw new AppError('CORRUPT', `Version ${where.version} of the survey "${where.title}" cannot be read by this version of the workbench: ${detail}.`, {
    key: 'errors.surveyDefinitionUnreadable',
    params: { title: where.title, version: where.version, detail },
  });
}

/** How definitions are stored: the parsed form, defaults applied, so a read gives back exactly what was saved. */
export const storedJson = (definition: SurveyDefinition) => JSON.stringify(definition);
