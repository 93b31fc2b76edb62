import type { Feature } from '../feature';
import { SurveysIcon } from './survey-icons';
import { SurveysPage } from './surveys-page';
import { SURVEYS_ID } from './surveys-route';
// After the page's components, so the area's rules build on theirs.
import './surveys.css';

export const surveysFeature: Feature = { id: SURVEYS_ID, labelKey: 'nav.surveys', icon: SurveysIcon, page: SurveysPage };
