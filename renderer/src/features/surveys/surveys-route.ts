import { routeHash } from '@renderer/shell/hash-route';

export const SURVEYS_ID = 'surveys';

export const designerTabs = ['questions', 'settings', 'preview', 'versions'] as const;
export type DesignerTab = (typeof designerTabs)[number];

/** #/surveys (the list) and #/surveys/<id>[/<tab>] (the designer; the questions by default). */
export type SurveysView = { view: 'list' } | { view: 'designer'; surveyId: string; tab: DesignerTab };

export function parseSurveysPath(path: readonly string[]): SurveysView {
  const [surveyId, tab] = path;
  if (!surveyId) return { view: 'list' };
  return { view: 'designer', surveyId, tab: designerTabs.find((t) => t === tab) ?? 'questions' };
}

export const surveysHash = (view: SurveysView): string =>
  view.view === 'list' ? routeHash(SURVEYS_ID) : view.tab === 'questions' ? routeHash(SURVEYS_ID, view.surveyId) : routeHash(SURVEYS_ID, view.surveyId, view.tab);
