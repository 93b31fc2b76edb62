import type { ExportPreviewInput } from '@api/export';
import { filterSchema, type Filter } from '@model/filter/filter';
import { resolveCsvOptions, type CsvOptions, type CsvPreset } from '@model/csv/csv-options';
import type { ApiClient } from '@renderer/api';
import type { LanguageCode } from '@renderer/i18n/languages';

export const exportKinds = ['responses', 'codebook', 'members', 'invitations', 'points'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** What the Export page has chosen so far. */
export interface ExportDraft {
  kind: ExportKind;
  surveyVersionId: string | null;
  campaignId: number | null;
  /** The members list's filter the page was opened with (null: every member). */
  filter: Filter | null;
  /** A saved segment: members export its members (instead of the filter), responses only theirs. */
  segmentId: number | null;
  shape: 'wide' | 'long';
  values: 'labels' | 'codes';
  multi: 'flags' | 'joined';
  flagged: 'include' | 'exclude';
  notShown: string;
  notAnswered: string;
  preset: CsvPreset;
  /** Settings chosen on their own, over the preset's. */
  own: Partial<CsvOptions>;
}

/** The draft an address opens: #/export/responses/<versionId> or #/export/members/<filter JSON>. */
export function draftFromRoute(path: readonly string[]): ExportDraft {
  const [kind, arg] = path;
  const parsed = kind === 'members' && arg ? filterSchema.safeParse(JSON.parse(arg)) : null;
  return {
    kind: kind === 'members' ? 'members' : 'responses',
    surveyVersionId: kind === 'responses' && arg ? arg : null,
    campaignId: null,
    filter: parsed?.success ? parsed.data : null,
    segmentId: null,
    shape: 'wide',
    values: 'labels',
    multi: 'flags',
    flagged: 'include',
    notShown: '-98',
    notAnswered: '-99',
    preset: 'excelLocal',
    own: {},
  };
}

export const draftOptions = (draft: ExportDraft, language: LanguageCode): CsvOptions => resolveCsvOptions({ preset: draft.preset, language, ...draft.own });

/** The export's input (as export.preview takes it), or null while something it needs is not chosen. */
export function exportInput(draft: ExportDraft, language: LanguageCode): ExportPreviewInput | null {
  const settings = { preset: draft.preset, language, ...draft.own };
  switch (draft.kind) {
    case 'responses':
      if (!draft.surveyVersionId) return null;
      return {
        of: 'responses',
        surveyVersionId: draft.surveyVersionId,
        shape: draft.shape,
        values: draft.values,
        multi: draft.multi,
        flagged: draft.flagged,
        notShown: draft.notShown,
        notAnswered: draft.notAnswered,
        statuses: ['complete'],
        memberColumns: [],
        ...(draft.segmentId === null ? {} : { segmentId: draft.segmentId }),
        replace: false,
        ...settings,
      };
    case 'codebook':
      return draft.surveyVersionId ? { of: 'codebook', surveyVersionId: draft.surveyVersionId, multi: draft.multi, notShown: draft.notShown, notAnswered: draft.notAnswered, replace: false, ...settings } : null;
    case 'members':
      return { of: 'members', ...(draft.segmentId === null ? { filter: draft.filter ?? { and: [] } } : { segmentId: draft.segmentId }), replace: false, ...settings };
    case 'invitations':
      return draft.campaignId === null ? null : { of: 'members', campaignId: draft.campaignId, replace: false, ...settings };
    case 'points':
      return { of: 'points', replace: false, ...settings };
  }
}

const START = { responses: 'export.responses', codebook: 'export.codebook', members: 'export.members', points: 'export.points', crosstab: 'export.crosstab', summary: 'export.summary' } as const;

/** Starts the export the preview shows, written at the path given (desktop app) or kept for download. */
export function startExport(api: ApiClient, input: ExportPreviewInput, target: { path?: string; replace: boolean }): Promise<{ jobId: string }> {
  const { of, ...rest } = input;
  // The preview's input for `of` is exactly that export method's input (api/export.ts).
  return api.call(START[of], { ...rest, ...target } as never);
}
