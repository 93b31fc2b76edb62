import type { Issue } from '@api/result';
import { AppError } from '../errors';

/** One refused value: where it is in the method's input and what was expected. */
export type FieldIssue = Issue;

/** A VALIDATION error whose message names every refused field, e.g. "patch.birthYear: expected …". */
export function fieldIssuesError(issues: readonly FieldIssue[]): AppError {
  const problems = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return new AppError('VALIDATION', `Some values cannot be saved: ${problems}`, { key: 'errors.invalidFields', params: { problems }, issues: [...issues] });
}
