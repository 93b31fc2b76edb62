import type { ResponseImportPreview } from '@api/response-import';
import type { SurveyDefinition } from '@model/survey/definition';
import type { Queryable } from '../../db/writer';
import { AppError } from '../../errors';
import { readStoredDefinition } from '../../surveys/stored-definition';

export type VersionInfo = ResponseImportPreview['version'];

export interface PublishedVersion extends VersionInfo {
  definition: SurveyDefinition;
}

/** A published survey version responses can be imported into: NOT_FOUND for none, VALIDATION for a draft. */
export async function readPublishedVersion(db: Queryable, versionId: string): Promise<PublishedVersion> {
  const row = await db.get<{ id: string; surveyId: string; title: string; version: number; definition: string; publishedAt: string | null }>(
    `SELECT v.id, v.survey_id AS surveyId, s.title, v.version, v.definition, v.published_at AS publishedAt
     FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE v.id = ?`,
    [versionId],
  );
  if (!row) {
    throw new AppError('NOT_FOUND', `There is no survey version ${versionId} in this workspace.`, { key: 'responsesImport.versionMissing', params: { versionId } });
  }
  if (row.publishedAt === null) {
    throw new AppError('VALIDATION', `Version ${row.version} of "${row.title}" is a draft: responses can be imported into published versions only. Publish it first.`, {
      key: 'responsesImport.versionDraft',
      params: { title: row.title, version: row.version },
    });
  }
  const definition = readStoredDefinition(row.definition, row);
  return {
    id: row.id,
    surveyId: row.surveyId,
    title: row.title,
    version: row.version,
    language: definition.language,
    identification: definition.settings.identification,
    definition,
  };
}
