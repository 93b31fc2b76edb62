import './surveys.css';
import type { Feature } from '../registry';
import { SurveysIcon } from './survey-icons';
import { SurveysPage } from './surveys-page';
import { SURVEYS_ID } from './surveys-route';

export const surveysFeature: Feature = { id: SURVEYS_ID, labelKey: 'nav.surveys', icon: SurveysIcon, page: SurveysPage };
