import type { collectMethods } from '@api/collect';
import type { pointsMethods } from '@api/points';
import type { responsesMethods } from '@api/responses';
import { AppError } from '../../core/errors';
import type { DomainHandlers } from './types';

type CollectionMethods = typeof collectMethods & typeof responsesMethods & typeof pointsMethods;

// Temporary: the contract is published first so the kiosk can be built against it; the services follow.
const pending = (method: string) => async (): Promise<never> => {
  throw new AppError('NOT_AVAILABLE', `${method} is being built.`);
};

export const collectionHandlers = (): DomainHandlers<CollectionMethods> => ({
  'collect.versions': pending('collect.versions'),
  'collect.version': pending('collect.version'),
  'collect.start': pending('collect.start'),
  'collect.answer': pending('collect.answer'),
  'collect.complete': pending('collect.complete'),
  'collect.drafts': pending('collect.drafts'),
  'collect.discard': pending('collect.discard'),
  'responses.list': pending('responses.list'),
  'responses.get': pending('responses.get'),
  'responses.update': pending('responses.update'),
  'responses.void': pending('responses.void'),
  'points.list': pending('points.list'),
  'points.redeem': pending('points.redeem'),
});
