import type { SurveyDetail, SurveyStatus, SurveySummary, SurveyVersion } from '@api/surveys';
import { comparabilityBreaks } from '@model/survey/comparability';
import { effectiveLimits, questionEntries, type SurveyDefinition } from '@model/survey/definition';
import type { LengthEstimate } from '@model/survey/estimate-length';
import { validateDefinition } from '@model/survey/validate-definition';
import type { CallContext } from '../call-context';
import { readWorkspaceEstimator, type WorkspaceEstimator } from './estimator-settings';
import { readStoredDefinition } from './stored-definition';
import { readSurvey, readSurveys, readVersions, type Reads, type SurveyRow, type VersionRow } from './survey-store';

/** The surveys as the designer and automation see them: status, versions, estimates and counts. */

/** A version row with its definition read. */
export interface ReadVersion extends VersionRow {
  parsed: SurveyDefinition;
}

const readDefinitions = (survey: SurveyRow, versions: readonly VersionRow[]): ReadVersion[] =>
  versions.map((v) => ({ ...v, parsed: readStoredDefinition(v.definition, { title: survey.title, version: v.version }) }));

/** Versions come newest first; the draft, when there is one, is the first. */
export const draftOf = <V extends VersionRow>(versions: readonly V[]) => (versions[0]?.publishedAt === null ? versions[0] : null);
export const latestPublished = <V extends VersionRow>(versions: readonly V[]) => versions.find((v) => v.publishedAt !== null) ?? null;

function statusOf(versions: readonly VersionRow[]): SurveyStatus {
  if (!draftOf(versions)) return 'published';
  return latestPublished(versions) ? 'publishedWithDraft' : 'draft';
}

const summaryOf = (e: LengthEstimate) => ({ items: e.items, seconds: e.seconds, minutes: e.minutes, status: e.status });

/** `current` is versions[0] with its definition read. */
function summary(survey: SurveyRow, versions: readonly VersionRow[], current: ReadVersion, estimate: LengthEstimate): SurveySummary {
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    status: statusOf(versions),
    version: current.version,
    publishedVersion: latestPublished(versions)?.version ?? null,
    language: current.parsed.language,
    questionCount: questionEntries(current.parsed).filter((e) => e.question.type !== 'info').length,
    estimate: summaryOf(estimate),
    responseCount: versions.reduce((n, v) => n + v.complete, 0),
    responsesInProgress: versions.reduce((n, v) => n + v.inProgress, 0),
    createdAt: survey.createdAt,
    updatedAt: survey.updatedAt,
  };
}

export async function listSurveys(ctx: CallContext): Promise<{ surveys: SurveySummary[] }> {
  const db = ctx.db.reader;
  const estimator = await readWorkspaceEstimator(db);
  const bySurvey = new Map<string, VersionRow[]>();
  for (const v of await readVersions(db)) bySurvey.set(v.surveyId, [...(bySurvey.get(v.surveyId) ?? []), v]);
  const surveys = (await readSurveys(db)).flatMap((s) => {
    const versions = bySurvey.get(s.id);
    if (!versions) return [];
    // Only the current definition is read: the list stays quick however many versions there are.
    const [current] = readDefinitions(s, versions.slice(0, 1));
    return [summary(s, versions, current!, estimator.estimate(current!.parsed))];
  });
  return { surveys };
}

function versionView(v: ReadVersion, versions: readonly ReadVersion[], estimator: WorkspaceEstimator): SurveyVersion {
  // The draft's breaks are not stored yet: against the latest published version, as publishing would store them.
  const published = v.publishedAt === null ? latestPublished(versions) : null;
  return {
    id: v.id,
    version: v.version,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy,
    overrideReason: v.overrideReason,
    breaks: published ? comparabilityBreaks(published.parsed, v.parsed) : v.breaks,
    responseCount: v.complete,
    estimate: summaryOf(estimator.estimate(v.parsed)),
  };
}

/** One survey's versions, definitions read, and the workspace's estimator: what get, versions and publish start from. */
export async function loadSurvey(db: Reads, id: string) {
  const survey = await readSurvey(db, id);
  const versions = readDefinitions(survey, await readVersions(db, id));
  return { survey, versions, estimator: await readWorkspaceEstimator(db) };
}

export async function surveyVersions(ctx: CallContext, id: string): Promise<{ versions: SurveyVersion[] }> {
  const { versions, estimator } = await loadSurvey(ctx.db.reader, id);
  return { versions: versions.map((v) => versionView(v, versions, estimator)) };
}

export async function getSurvey(ctx: CallContext, id: string): Promise<SurveyDetail> {
  const { survey, versions, estimator } = await loadSurvey(ctx.db.reader, id);
  const current = versions[0]!;
  const draft = draftOf(versions);
  const estimate = estimator.estimate(current.parsed);
  return {
    ...summary(survey, versions, current, estimate),
    definition: current.parsed,
    draft: draft && { versionId: draft.id, version: draft.version, issues: validateDefinition(draft.parsed) },
    ownLimits: current.parsed.settings.limits,
    limits: effectiveLimits(current.parsed, estimator.defaults),
    estimate,
    versions: versions.map((v) => versionView(v, versions, estimator)),
    publishedDefinition: latestPublished(versions)?.parsed ?? null,
  };
}
