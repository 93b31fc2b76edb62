import type { ComparabilityBreak } from '@model/survey/comparability';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';

/**
 * The survey tables (SQL only here). A survey has versions numbered from 1; the latest may be the
 * draft (published_at NULL, at most one per survey); the others are published and frozen (a
 * trigger refuses any change to them). Responses belong to the version they answered.
 */

/** What a read needs: the reader connection, or the open write transaction for a consistent read. */
export type Reads = Pick<Tx, 'all' | 'get'>;

export interface SurveyRow {
  id: string;
  title: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRow {
  id: string;
  surveyId: string;
  version: number;
  definition: string;
  publishedAt: string | null;
  publishedBy: string | null;
  overrideReason: string | null;
  breaks: ComparabilityBreak[];
  /** Complete responses. */
  complete: number;
  /** Responses with status draft (started, not finished). */
  inProgress: number;
  /** Any response at all, void ones included. */
  responses: number;
}

const SURVEY_COLUMNS = 'id, title, description, created_at AS createdAt, updated_at AS updatedAt';

const surveyMissing = (id: string) =>
  new AppError('NOT_FOUND', `There is no survey ${id} in this workspace.`, { key: 'errors.surveyMissing', params: { id } });

export const readSurveys = (db: Reads) => db.all<SurveyRow>(`SELECT ${SURVEY_COLUMNS} FROM survey ORDER BY updated_at DESC, id`);

export async function readSurvey(db: Reads, id: string): Promise<SurveyRow> {
  const row = await db.get<SurveyRow>(`SELECT ${SURVEY_COLUMNS} FROM survey WHERE id = ?`, [id]);
  if (!row) throw surveyMissing(id);
  return row;
}

type StoredVersion = Omit<VersionRow, 'breaks'> & { breaks: string | null };

/** Versions, newest first within each survey, with their response counts; of one survey, or of all. */
export async function readVersions(db: Reads, surveyId: string | null = null): Promise<VersionRow[]> {
  const rows = await db.all<StoredVersion>(
    `SELECT v.id, v.survey_id AS surveyId, v.version, v.definition, v.published_at AS publishedAt, v.published_by AS publishedBy,
       v.override_reason AS overrideReason, v.breaks,
       coalesce(r.complete, 0) AS complete, coalesce(r.inProgress, 0) AS inProgress, coalesce(r.responses, 0) AS responses
     FROM survey_version v
     LEFT JOIN (SELECT survey_version_id, sum(status = 'complete') AS complete, sum(status = 'draft') AS inProgress, count(*) AS responses
                FROM response GROUP BY survey_version_id) r ON r.survey_version_id = v.id
     WHERE ? IS NULL OR v.survey_id = ?
     ORDER BY v.survey_id, v.version DESC`,
    [surveyId, surveyId],
  );
  return rows.map((r) => ({ ...r, breaks: r.breaks === null ? [] : (JSON.parse(r.breaks) as ComparabilityBreak[]) }));
}

export const versionMissing = (surveyId: string, versionId: string) =>
  new AppError('NOT_FOUND', `Survey ${surveyId} has no version ${versionId}.`, { key: 'errors.surveyVersionMissing', params: { id: surveyId, versionId } });

export async function insertSurvey(tx: Tx, survey: { id: string; title: string; description: string | null; at: string }): Promise<void> {
  await tx.run('INSERT INTO survey (id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
    survey.id,
    survey.title,
    survey.description,
    survey.at,
    survey.at,
  ]);
}

export async function insertDraft(tx: Tx, draft: { id: string; surveyId: string; version: number; definition: string; at: string }): Promise<void> {
  await tx.run('INSERT INTO survey_version (id, survey_id, version, definition, published_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?)', [
    draft.id,
    draft.surveyId,
    draft.version,
    draft.definition,
    draft.at,
  ]);
}

export async function saveDraftDefinition(tx: Tx, versionId: string, definition: string, at: string): Promise<void> {
  await tx.run('UPDATE survey_version SET definition = ?, updated_at = ? WHERE id = ? AND published_at IS NULL', [definition, at, versionId]);
}

export async function updateSurveyFields(tx: Tx, id: string, fields: { title?: string; description?: string | null }, at: string): Promise<void> {
  await tx.run('UPDATE survey SET title = coalesce(?, title), description = CASE WHEN ? THEN ? ELSE description END, updated_at = ? WHERE id = ?', [
    fields.title ?? null,
    fields.description !== undefined ? 1 : 0,
    fields.description ?? null,
    at,
    id,
  ]);
}

export async function markPublished(
  tx: Tx,
  versionId: string,
  published: { at: string; by: string; overrideReason: string | null; breaks: readonly ComparabilityBreak[] },
): Promise<void> {
  await tx.run(
    'UPDATE survey_version SET published_at = ?, published_by = ?, override_reason = ?, breaks = ?, updated_at = ? WHERE id = ? AND published_at IS NULL',
    [published.at, published.by, published.overrideReason, JSON.stringify(published.breaks), published.at, versionId],
  );
}

export async function deleteSurveyRows(tx: Tx, id: string): Promise<void> {
  await tx.run('DELETE FROM survey_version WHERE survey_id = ?', [id]);
  await tx.run('DELETE FROM survey WHERE id = ?', [id]);
}
