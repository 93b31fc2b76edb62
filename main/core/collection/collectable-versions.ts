import type { SurveyDefinition } from '@model/survey/definition';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { readStoredDefinition } from '../surveys/stored-definition';

/**
 * The published versions collection runs. A published version is frozen (a trigger refuses any
 * change), so its parsed definition is cached by version id: collect.answer checks every value
 * against it without parsing the JSON each time.
 */

export interface CollectableVersion {
  surveyVersionId: string;
  surveyId: string;
  title: string;
  version: number;
  publishedAt: string;
  definition: SurveyDefinition;
}

interface VersionRow {
  id: string;
  surveyId: string;
  title: string;
  version: number;
  definition: string;
  publishedAt: string | null;
}

const CACHE_SIZE = 64;
const parsed = new Map<string, SurveyDefinition>();

function definitionOf(row: VersionRow): SurveyDefinition {
  let definition = parsed.get(row.id);
  if (!definition) {
    definition = readStoredDefinition(row.definition, row);
    if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
    parsed.set(row.id, definition);
  }
  return definition;
}

const VERSION_SQL = `SELECT v.id, v.survey_id AS surveyId, s.title, v.version, v.definition, v.published_at AS publishedAt
  FROM survey_version v JOIN survey s ON s.id = v.survey_id`;

export const versionNotFound = (versionId: string) =>
  new AppError('NOT_FOUND', `There is no survey version ${versionId} in this workspace.`, { key: 'errors.surveyVersionMissing', params: { versionId } });

/** A published version with its definition; NOT_FOUND when there is none, CONFLICT for a draft. */
export async function loadPublishedVersion(db: Queryable, versionId: string): Promise<CollectableVersion> {
  const row = await db.get<VersionRow>(`${VERSION_SQL} WHERE v.id = ?`, [versionId]);
  if (!row) throw versionNotFound(versionId);
  if (row.publishedAt === null) {
    throw new AppError('CONFLICT', `Version ${row.version} of “${row.title}” is a draft; only published versions collect responses. Publish it first.`, {
      key: 'errors.versionNotPublished',
      params: { title: row.title, version: row.version },
    });
  }
  return { surveyVersionId: row.id, surveyId: row.surveyId, title: row.title, version: row.version, publishedAt: row.publishedAt, definition: definitionOf(row) };
}

/**
 * The definition a response answers, for checking each answer. Its version is published (only
 * published versions start responses) and frozen, so once parsed it is read from the cache.
 */
export async function answeredDefinition(db: Queryable, versionId: string): Promise<SurveyDefinition> {
  return parsed.get(versionId) ?? (await loadVersion(db, versionId)).definition;
}

/** Any version (draft included) with its definition, for reading responses back. */
export async function loadVersion(db: Queryable, versionId: string): Promise<Omit<CollectableVersion, 'publishedAt'>> {
  const row = await db.get<VersionRow>(`${VERSION_SQL} WHERE v.id = ?`, [versionId]);
  if (!row) throw versionNotFound(versionId);
  const definition = row.publishedAt === null ? readStoredDefinition(row.definition, row) : definitionOf(row);
  return { surveyVersionId: row.id, surveyId: row.surveyId, title: row.title, version: row.version, definition };
}

/** What the kiosk lists: the version, its identification rule, and how full it is. */
async function collectableSummary(db: Queryable, v: CollectableVersion) {
  const counts = (await db.get<{ complete: number; drafts: number }>(
    "SELECT coalesce(sum(status = 'complete'), 0) AS complete, coalesce(sum(status = 'draft'), 0) AS drafts FROM response WHERE survey_version_id = ?",
    [v.surveyVersionId],
  ))!;
  return {
    surveyVersionId: v.surveyVersionId,
    surveyId: v.surveyId,
    title: v.title,
    version: v.version,
    language: v.definition.language,
    identification: v.definition.settings.identification,
    responseCount: counts.complete,
    responseCap: v.definition.settings.responseCap,
    drafts: counts.drafts,
    publishedAt: v.publishedAt,
  };
}

/** The latest published version of each survey (every published version with all), newest survey change first. */
export async function listCollectableVersions(db: Queryable, all: boolean) {
  const rows = await db.all<{ id: string }>(
    `SELECT v.id FROM survey_version v JOIN survey s ON s.id = v.survey_id
     WHERE v.published_at IS NOT NULL
       AND (? OR v.version = (SELECT max(l.version) FROM survey_version l WHERE l.survey_id = v.survey_id AND l.published_at IS NOT NULL))
     ORDER BY s.updated_at DESC, s.id, v.version DESC`,
    [all ? 1 : 0],
  );
  const versions = [];
  for (const { id } of rows) versions.push(await collectableSummary(db, await loadPublishedVersion(db, id)));
  return { versions };
}

export async function getCollectableVersion(db: Queryable, versionId: string) {
  const v = await loadPublishedVersion(db, versionId);
  return { ...(await collectableSummary(db, v)), definition: v.definition };
}
