import { AppError, notFound } from '../errors';

export const segmentMissing = (id: number) => notFound(`There is no segment ${id}.`, 'errors.segmentMissing', { id });

/** VALIDATION naming the path of segments that closes a cycle: A → B → A. */
export function segmentCycle(names: readonly string[]): AppError {
  const path = names.join(' → ');
  return new AppError('VALIDATION', `A segment cannot contain itself: ${path}.`, {
    key: 'errors.segmentCycle',
    params: { path },
    issues: [{ path: ['filter'], message: `cycle ${path}` }],
  });
}
