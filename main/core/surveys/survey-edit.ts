import { randomUUID } from 'node:crypto';
import type { LengthEstimateOutput } from '@api/surveys';
import { surveyDefinition, type SurveyDefinition, type SurveyLanguage, type SurveySettings } from '@model/survey/definition';
import type { DefinitionIssue } from '@model/survey/definition-issues';
import { duplicateInLanguage } from '@model/survey/duplicate-language';
import { validateDefinition } from '@model/survey/validate-definition';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { storedJson } from './stored-definition';
import { deleteSurveyRows, insertDraft, insertSurvey, readSurvey, readVersions, saveDraftDefinition, updateSurveyFields } from './survey-store';
import { draftOf, loadSurvey } from './survey-view';

/**
 * Creating and editing surveys. Edits go to the draft, which may be unfinished (any definition that
 * parses is saved; the rules it still breaks are listed); a survey whose latest version is published
 * gets a new draft version on its first versioned change, so a published version never changes.
 * Ids are random UUIDs: surveys and responses from several devices will be merged by id.
 */

type OwnLimits = SurveySettings['limits'];

export interface NewSurvey {
  title: string;
  description: string | null;
  definition: SurveyDefinition;
}

/** A new survey whose version 1 is a draft with this definition. */
export async function createSurvey(ctx: CallContext, survey: NewSurvey): Promise<{ id: string; versionId: string }> {
  const id = randomUUID();
  const versionId = randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.writer.transaction(async (tx) => {
    await insertSurvey(tx, { id, title: survey.title, description: survey.description, at });
    await insertDraft(tx, { id: versionId, surveyId: id, version: 1, definition: storedJson(survey.definition), at });
  });
  return { id, versionId };
}

/** The definition of a new survey: one empty page, in a language, with its own limits if given. */
export const emptyDefinition = (language: SurveyLanguage, limits: Partial<OwnLimits> = {}): SurveyDefinition =>
  surveyDefinition.parse({ language, settings: { limits }, pages: [{ id: 'p1', questions: [] }] });

const withLimits = (definition: SurveyDefinition, limits: Partial<OwnLimits>): SurveyDefinition => ({
  ...definition,
  settings: { ...definition.settings, limits: { ...definition.settings.limits, ...limits } },
});

export interface SurveyUpdate {
  id: string;
  title?: string;
  description?: string | null;
  definition?: SurveyDefinition;
  limits?: Partial<OwnLimits>;
}

export interface SavedDraft {
  id: string;
  draft: { versionId: string; version: number } | null;
  startedNewVersion: boolean;
  issues: DefinitionIssue[];
  estimate: LengthEstimateOutput;
  updatedAt: string;
}

export async function updateSurvey(ctx: CallContext, update: SurveyUpdate): Promise<SavedDraft> {
  return ctx.db.writer.transaction(async (tx) => {
    const { versions, estimator } = await loadSurvey(tx, update.id);
    const at = ctx.now().toISOString();
    const existing = draftOf(versions);
    let draft = existing && { versionId: existing.id, version: existing.version };
    let definition = versions[0]!.parsed;
    let startedNewVersion = false;
    if (update.definition !== undefined || update.limits !== undefined) {
      const next = withLimits(update.definition ?? definition, update.limits ?? {});
      const json = storedJson(next);
      if (draft) {
        await saveDraftDefinition(tx, draft.versionId, json, at);
        definition = next;
      } else if (json !== storedJson(definition)) {
        // The latest version is published and this changes it: the next version starts as a draft.
        draft = { versionId: randomUUID(), version: versions[0]!.version + 1 };
        await insertDraft(tx, { id: draft.versionId, surveyId: update.id, version: draft.version, definition: json, at });
        definition = next;
        startedNewVersion = true;
      }
    }
    await updateSurveyFields(tx, update.id, { title: update.title, description: update.description }, at);
    return { id: update.id, draft, startedNewVersion, issues: validateDefinition(definition), estimate: estimator.estimate(definition), updatedAt: at };
  });
}

/** A copy of a survey's current definition as a new draft survey, in another language if asked (same ids and codes). */
export async function duplicateSurvey(ctx: CallContext, request: { id: string; language?: SurveyLanguage; title?: string }) {
  const { survey, versions } = await loadSurvey(ctx.db.reader, request.id);
  const source = versions[0]!.parsed;
  const definition = request.language && request.language !== source.language ? duplicateInLanguage(source, request.language) : source;
  return createSurvey(ctx, { title: request.title ?? survey.title, description: survey.description, definition });
}

/** Deletes a survey with every version; refused once any version has a response (they keep their version). */
export async function deleteSurvey(ctx: CallContext, id: string): Promise<{ id: string }> {
  return ctx.db.writer.transaction(async (tx) => {
    // Not read through loadSurvey: a survey whose definition cannot be read can still be deleted.
    const survey = await readSurvey(tx, id);
    const versions = await readVersions(tx, id);
    const responses = versions.reduce((n, v) => n + v.responses, 0);
    if (responses > 0) {
      throw new AppError('CONFLICT', `The survey "${survey.title}" has ${responses} responses, so it cannot be deleted; its responses keep their version.`, {
        key: 'errors.surveyHasResponses',
        params: { title: survey.title, responses },
      });
    }
    await deleteSurveyRows(tx, id);
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'surveys.delete', entity: 'survey', entityId: id, reason: null, details: { versions: versions.length } });
    return { id };
  });
}
