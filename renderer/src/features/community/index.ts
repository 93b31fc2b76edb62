import { PulseIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { CommunityPage } from './community-page';
// After the page's components, so the area's rules build on theirs.
import './community.css';

export const communityFeature: Feature = { id: 'community', labelKey: 'nav.community', icon: PulseIcon, page: CommunityPage };
