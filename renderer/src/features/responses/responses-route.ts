import { routeHash } from '@renderer/shell/hash-route';

/** The Responses area: #/responses/<versionId> lists a version's responses, #/responses/<versionId>/<responseId> shows one. */
export const RESPONSES_ID = 'responses';

export const versionHref = (versionId: string) => routeHash(RESPONSES_ID, versionId);
export const responseHref = (versionId: string, responseId: string) => routeHash(RESPONSES_ID, versionId, responseId);
