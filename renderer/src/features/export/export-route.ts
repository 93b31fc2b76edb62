/**
 * The Export area: #/export, #/export/responses/<versionId> (the Responses page links there for its
 * version), #/export/members/<filter JSON> (the members list links there with its current filter).
 */
export const EXPORT_ID = 'export';
