import type { Feature } from '../feature';
import { AnalysisIcon } from './analysis-icon';
import { AnalysisPage } from './analysis-page';
import { ANALYSIS_ID } from './analysis-route';
// After the page's components, so the area's rules build on theirs.
import './analysis.css';

export const analysisFeature: Feature = { id: ANALYSIS_ID, labelKey: 'nav.analysis', icon: AnalysisIcon, page: AnalysisPage };
