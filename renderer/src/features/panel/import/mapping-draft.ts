import { SCREENER_TARGET_PREFIX, type ColumnMapping, type ImportPreview, type SavedImportMapping } from '@api/member-import';
import { OPENNESS_ITEM_COUNT, SCALE_MAX, SCALE_MIN } from '@model/openness';
import { consentStatuses, genders, lifecycleStages } from '@model/members/member-fields';

/**
 * What the mapping step edits, one entry per column of the file: where it goes and how its values
 * are recoded. `target` is a choice of the select: a member field, attr:<key>, screener:…:<n>,
 * 'tag' (a yes/no column that applies the tag named in tagName) or 'ignore'.
 */
export interface ColumnDraft {
  column: string;
  target: string;
  tagName: string;
  /** Raw value → new value; null: missing. Values not listed are kept as they are. */
  recode: Record<string, string | null>;
}

export const TAG_TARGET = 'tag';
const TAG_PREFIX = 'tag:';

export const screenerTargets = Array.from({ length: OPENNESS_ITEM_COUNT }, (_, i) => `${SCREENER_TARGET_PREFIX}${i + 1}`);

const fromTarget = (column: string, target: string | null, recode: Record<string, string | null> = {}): ColumnDraft =>
  target?.startsWith(TAG_PREFIX)
    ? { column, target: TAG_TARGET, tagName: target.slice(TAG_PREFIX.length), recode }
    : { column, target: target ?? 'ignore', tagName: '', recode };

/** Every column with the core's suggestion (or left out). */
export const draftFromPreview = (preview: ImportPreview): ColumnDraft[] => preview.columns.map((c) => fromTarget(c.name, c.suggested));

/** A saved mapping laid over this file's columns; columns it does not name are left out. */
export function draftFromSaved(preview: ImportPreview, saved: SavedImportMapping): ColumnDraft[] {
  const byColumn = new Map(saved.mapping.map((m) => [m.column, m]));
  return preview.columns.map((c) => {
    const m = byColumn.get(c.name);
    return fromTarget(c.name, m?.target ?? null, m?.recode ?? {});
  });
}

export type MappingProblem = 'tagName' | 'nothingMapped' | 'collectedOn';

/** The mapping as members.import takes it, or what must be fixed first. */
export function toImportMapping(draft: readonly ColumnDraft[], collectedOn: string): { mapping: ColumnMapping[] } | { problem: MappingProblem; column?: string } {
  const unnamedTag = draft.find((c) => c.target === TAG_TARGET && c.tagName.trim() === '');
  if (unnamedTag) return { problem: 'tagName', column: unnamedTag.column };
  if (draft.every((c) => c.target === 'ignore')) return { problem: 'nothingMapped' };
  if (draft.some((c) => c.target === 'age') && !/^\d{4}(-\d{2}-\d{2})?$/.test(collectedOn.trim())) return { problem: 'collectedOn' };
  return {
    mapping: draft
      .filter((c) => c.target !== 'ignore')
      .map((c) => ({
        column: c.column,
        target: c.target === TAG_TARGET ? `${TAG_PREFIX}${c.tagName.trim()}` : c.target,
        ...(Object.keys(c.recode).length ? { recode: c.recode } : {}),
      })),
  };
}

const YES_NO = ['yes', 'no'];
const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));

/** The values a target accepts, when it has a fixed list (recoding then offers them to choose from). */
export function targetValues(target: string): readonly string[] | null {
  if (target === 'gender') return genders;
  if (target === 'lifecycleStage') return lifecycleStages;
  if (target === 'consentStatus') return consentStatuses;
  if (target === 'doNotContact' || target === TAG_TARGET) return YES_NO;
  if (target.startsWith(SCREENER_TARGET_PREFIX)) return SCALE;
  return null;
}
