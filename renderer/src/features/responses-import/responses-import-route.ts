/** #/responses-import, or #/responses-import/<versionId> with that published version chosen (a survey's page may link there). */
export const RESPONSES_IMPORT_ID = 'responses-import';
