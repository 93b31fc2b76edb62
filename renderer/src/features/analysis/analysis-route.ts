import { routeHash } from '@renderer/shell/hash-route';

/** The Analysis area: #/analysis (segments) and #/analysis/results (per-question results and crosstabs). */
export const ANALYSIS_ID = 'analysis';

export type AnalysisView = 'segments' | 'results';

export const parseAnalysisView = (path: readonly string[]): AnalysisView => (path[0] === 'results' ? 'results' : 'segments');

export const analysisHash = (view: AnalysisView): string => (view === 'segments' ? routeHash(ANALYSIS_ID) : routeHash(ANALYSIS_ID, 'results'));
