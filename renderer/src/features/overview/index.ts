import { OverviewIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { OverviewPage } from './overview-page';
// After the page's components, so the area's rules build on theirs.
import './overview.css';

export const overviewFeature: Feature = { id: 'overview', labelKey: 'nav.overview', icon: OverviewIcon, page: OverviewPage };
