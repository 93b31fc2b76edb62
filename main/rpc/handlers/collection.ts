import type { collectMethods } from '@api/collect';
import type { pointsMethods } from '@api/points';
import type { responsesMethods } from '@api/responses';
import { callContext } from '../../core/call-context';
import { getCollectableVersion, listCollectableVersions } from '../../core/collection/collectable-versions';
import { completeResponse } from '../../core/collection/complete-response';
import { discardDraft, listDrafts } from '../../core/collection/drafts';
import { listPoints, redeemPoints } from '../../core/collection/points-ledger';
import { updateResponse, voidResponse } from '../../core/collection/response-cleaning';
import { getResponse, listResponses } from '../../core/collection/response-list';
import { saveAnswer } from '../../core/collection/save-answer';
import { startResponse } from '../../core/collection/start-response';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

type CollectionMethods = typeof collectMethods & typeof responsesMethods & typeof pointsMethods;

export const collectionHandlers = (session: Session): DomainHandlers<CollectionMethods> => {
  const ctx = () => callContext(session);
  return {
    'collect.versions': ({ all }) => listCollectableVersions(ctx().db.reader, all),
    'collect.version': ({ surveyVersionId }) => getCollectableVersion(ctx().db.reader, surveyVersionId),
    'collect.start': (input) => startResponse(ctx(), input),
    'collect.answer': (input) => saveAnswer(ctx(), input),
    'collect.complete': ({ responseId }) => completeResponse(ctx(), responseId),
    'collect.drafts': ({ surveyVersionId }) => listDrafts(ctx(), surveyVersionId ?? null),
    'collect.discard': ({ responseId }) => discardDraft(ctx(), responseId),
    'responses.list': (input) => listResponses(ctx(), input),
    'responses.get': ({ responseId }) => getResponse(ctx(), responseId),
    'responses.update': (input) => updateResponse(ctx(), input),
    'responses.void': (input) => voidResponse(ctx(), input),
    'points.list': ({ memberId }) => listPoints(ctx(), memberId),
    'points.redeem': (input) => redeemPoints(ctx(), input),
  };
};
