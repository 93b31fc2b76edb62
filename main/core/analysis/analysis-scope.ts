import type { Filter } from '@model/filter/filter';
import { segmentField } from '@model/analysis/segment-refs';
import type { ComparabilityBreak } from '@model/survey/comparability';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import { AppError } from '../errors';
import { loadPublishedVersion, type CollectableVersion } from '../collection/collectable-versions';
import { compilePanelFilter } from '../members/member-filter';
import { readSegment } from './segment-store';
import { segmentMissing } from './segment-errors';

/**
 * Which responses an analysis reads: complete ones only (never drafts or void ones) of the pooled
 * versions, narrowed by the analysis filter (a segment, a member filter, a date range, flagged
 * responses left out). Versions of one survey pool for a question when no comparability break
 * touches it between them; the others stay apart, each with the break that keeps it out.
 */

export interface AnalysisFilter {
  segmentId?: number;
  members?: Filter;
  versions?: string[];
  /** Completed on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Completed on or before this day (YYYY-MM-DD). */
  to?: string;
  /** Leave out responses with any quality flag (speeders, straight-lining, repeat members). */
  excludeFlagged?: boolean;
}

export interface VersionRef {
  id: string;
  version: number;
}

export interface ApartVersion extends VersionRef {
  /** The break that keeps it apart: on which question, what kind, in English and for translation. */
  questionId: string;
  kind: ComparabilityBreak['kind'];
  detail: string;
  params: Record<string, string | number>;
}

export interface VersionPool {
  pooled: VersionRef[];
  apart: ApartVersion[];
}

/**
 * The versions asked for (the analysed one always among them), pooled where no break between a
 * version and the analysed one touches the questions read; a version of another survey or a draft
 * is VALIDATION.
 */
export async function poolVersions(db: WorkspaceDb, main: CollectableVersion, asked: readonly string[] | undefined, questionIds: readonly string[]): Promise<VersionPool> {
  const self = { id: main.surveyVersionId, version: main.version };
  if (!asked?.some((id) => id !== main.surveyVersionId)) return { pooled: [self], apart: [] };
  const published = await publishedVersions(db, main.surveyId);
  const wanted = new Set([main.surveyVersionId, ...asked]);
  const unknown = [...wanted].filter((id) => !published.some((v) => v.id === id));
  if (unknown.length) {
    throw new AppError('VALIDATION', `Only published versions of “${main.title}” can be pooled; ${unknown.join(', ')} is not one.`, {
      key: 'errors.analysisVersionForeign',
      params: { title: main.title, versions: unknown.join(', ') },
      issues: [{ path: ['filter', 'versions'], message: `not a published version of this survey: ${unknown.join(', ')}` }],
    });
  }
  const pool: VersionPool = { pooled: [], apart: [] };
  for (const v of published.filter((p) => wanted.has(p.id))) {
    // Breaks are stored on each version against the one published before it: those of the versions after the earlier of the two, up to the later.
    const [low, high] = [Math.min(v.version, main.version), Math.max(v.version, main.version)];
    const found = published.filter((p) => p.version > low && p.version <= high).flatMap((p) => p.breaks).find((b) => questionIds.includes(b.questionId));
    if (found) pool.apart.push({ id: v.id, version: v.version, questionId: found.questionId, kind: found.kind, detail: found.detail, params: found.params });
    else pool.pooled.push({ id: v.id, version: v.version });
  }
  return pool;
}

/** A survey's published versions in order, with the breaks recorded when each was published. */
async function publishedVersions(db: WorkspaceDb, surveyId: string): Promise<(VersionRef & { breaks: ComparabilityBreak[] })[]> {
  const rows = await db.reader.all<VersionRef & { breaks: string | null }>(
    'SELECT id, version, breaks FROM survey_version WHERE survey_id = ? AND published_at IS NOT NULL ORDER BY version',
    [surveyId],
  );
  return rows.map((r) => ({ ...r, breaks: r.breaks === null ? [] : (JSON.parse(r.breaks) as ComparabilityBreak[]) }));
}

/** The analysed version: published, with its definition; NOT_FOUND or CONFLICT (a draft) otherwise. */
export const analysedVersion = (db: WorkspaceDb, versionId: string) => loadPublishedVersion(db.reader, versionId);

/** The member condition of the filter: its segment and its member filter, both. */
function memberFilter(filter: AnalysisFilter): Filter | null {
  const parts: Filter[] = [];
  if (filter.segmentId !== undefined) parts.push({ field: segmentField(filter.segmentId), op: 'eq', value: true });
  if (filter.members) parts.push(filter.members);
  return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : { and: parts };
}

/**
 * The SQL condition over a response row aliased r for the pooled versions and the filter. A segment
 * or member filter keeps only responses of members it selects (anonymous responses drop out).
 */
export async function responseScope(db: WorkspaceDb, pool: VersionPool, filter: AnalysisFilter = {}): Promise<CompiledFilter> {
  const ids = pool.pooled.map((v) => v.id);
  const parts = [`r.survey_version_id IN (${ids.map(() => '?').join(', ')})`, "r.status = 'complete'"];
  const params: CompiledFilter['params'] = [...ids];
  if (filter.from) {
    parts.push('substr(r.completed_at, 1, 10) >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    parts.push('substr(r.completed_at, 1, 10) <= ?');
    params.push(filter.to);
  }
  if (filter.excludeFlagged) parts.push('NOT EXISTS (SELECT 1 FROM response_flag f WHERE f.response_id = r.id)');
  const members = memberFilter(filter);
  if (members) {
    if (filter.segmentId !== undefined && !(await readSegment(db.reader, filter.segmentId))) throw segmentMissing(filter.segmentId);
    const where = await compilePanelFilter(db, members);
    parts.push(`r.member_id IN (SELECT m.id FROM member m WHERE ${where.sql})`);
    params.push(...where.params);
  }
  return { sql: parts.join(' AND '), params };
}
