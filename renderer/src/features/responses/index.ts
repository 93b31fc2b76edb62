import type { Feature } from '../feature';
import { ResponsesIcon } from './responses-icon';
import { ResponsesPage } from './responses-page';
import { RESPONSES_ID } from './responses-route';
// After the page's components, so the area's rules build on theirs.
import './responses.css';

export const responsesFeature: Feature = { id: RESPONSES_ID, labelKey: 'nav.responses', icon: ResponsesIcon, page: ResponsesPage };
