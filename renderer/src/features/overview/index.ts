import { OverviewIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { OverviewPage } from './overview-page';

export const overviewFeature: Feature = { id: 'overview', labelKey: 'nav.overview', icon: OverviewIcon, page: OverviewPage };
