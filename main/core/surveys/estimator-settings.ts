import { z } from 'zod';
import { estimatorConstants, fittedConstant } from '@api/surveys';
import { DEFAULT_LIMITS, effectiveLimits, type Limits, type SurveyDefinition } from '@model/survey/definition';
import { estimateLength, type EstimateOptions, type LengthEstimate } from '@model/survey/estimate-length';
import { DEFAULT_CONSTANTS, type EstimatorConstants } from '@model/survey/estimator-constants';
import type { FittedConstant } from '@model/survey/refit-constants';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { parseStoredJson } from './stored-definition';
import type { Reads } from './survey-store';

/**
 * What the workspace sets for every survey's estimate: the default length limits (for surveys
 * without their own) and the estimator constants (the sourced defaults until the user refits them
 * to the workspace's own timings). Both live in workspace_meta.
 */
const KEYS = { items: 'survey_limit_items', minutes: 'survey_limit_minutes', constants: 'survey_estimator_constants' } as const;

const refitted = z.object({ constants: estimatorConstants, fitted: z.array(fittedConstant), refittedAt: z.string(), refittedBy: z.string() });
export type RefittedConstants = z.infer<typeof refitted>;

export interface ConstantsState {
  constants: EstimatorConstants;
  source: 'default' | 'refitted';
  fitted: FittedConstant[];
  refittedAt: string | null;
  refittedBy: string | null;
}

export interface WorkspaceEstimator {
  defaults: Limits;
  constants: ConstantsState;
  /** estimateLength with the workspace's constants and, unless given, the survey's limits over the workspace defaults. */
  estimate(definition: SurveyDefinition, options?: Pick<EstimateOptions, 'limits' | 'visibility'>): LengthEstimate;
}

async function readMeta(db: Reads): Promise<Map<string, string>> {
  const rows = await db.all<{ key: string; value: string }>('SELECT key, value FROM workspace_meta WHERE key IN (?, ?, ?)', Object.values(KEYS));
  return new Map(rows.map((r) => [r.key, r.value]));
}

function defaultLimits(meta: Map<string, string>): Limits {
  const items = Number(meta.get(KEYS.items));
  const minutes = Number(meta.get(KEYS.minutes));
  return {
    items: Number.isInteger(items) && items > 0 ? items : DEFAULT_LIMITS.items,
    minutes: minutes > 0 ? minutes : DEFAULT_LIMITS.minutes,
  };
}

function constantsState(meta: Map<string, string>): ConstantsState {
  const stored = meta.get(KEYS.constants);
  if (stored === undefined) return { constants: DEFAULT_CONSTANTS, source: 'default', fitted: [], refittedAt: null, refittedBy: null };
  const parsed = refitted.safeParse(parseStoredJson(stored));
  if (!parsed.success) {
    throw new AppError('CORRUPT', 'The estimator constants stored in this workspace cannot be read; refit them again.', { key: 'errors.surveyConstantsUnreadable' });
  }
  return { ...parsed.data, source: 'refitted' };
}

export async function readWorkspaceEstimator(db: Reads): Promise<WorkspaceEstimator> {
  const meta = await readMeta(db);
  const defaults = defaultLimits(meta);
  const constants = constantsState(meta);
  return {
    defaults,
    constants,
    estimate: (definition, options = {}) =>
      estimateLength(definition, { constants: constants.constants, limits: options.limits ?? effectiveLimits(definition, defaults), visibility: options.visibility }),
  };
}

const upsert = 'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

export async function setDefaultLimits(ctx: CallContext, limits: Limits): Promise<{ limits: Limits }> {
  return ctx.db.writer.transaction(async (tx) => {
    const before = defaultLimits(await readMeta(tx));
    await tx.run(upsert, [KEYS.items, String(limits.items)]);
    await tx.run(upsert, [KEYS.minutes, String(limits.minutes)]);
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'surveys.setDefaults', entity: 'workspace', entityId: null, reason: null, details: { before, after: limits } });
    return { limits: defaultLimits(await readMeta(tx)) };
  });
}

export async function storeRefittedConstants(ctx: CallContext, value: Omit<RefittedConstants, 'refittedAt' | 'refittedBy'>): Promise<void> {
  await ctx.db.writer.transaction(async (tx) => {
    const at = ctx.now();
    const stored: RefittedConstants = { ...value, refittedAt: at.toISOString(), refittedBy: ctx.actor };
    await tx.run(upsert, [KEYS.constants, JSON.stringify(stored)]);
    const details = { fitted: value.fitted.map((f) => ({ type: f.type, parameter: f.parameter, value: f.value, questions: f.questions })) };
    await writeAudit(tx, { at, actor: ctx.actor, action: 'surveys.refitConstants', entity: 'workspace', entityId: null, reason: null, details });
  });
}
