import { DatabaseIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { BundlesPage } from './bundles-page';
import { BUNDLES_ID } from './bundles-route';
// After the page's components, so the area's rules build on theirs.
import './bundles.css';

export const bundlesFeature: Feature = { id: BUNDLES_ID, labelKey: 'nav.bundles', icon: DatabaseIcon, page: BundlesPage };
