import type { Feature } from '../feature';
import { CollectIcon } from './collect-icon';
import { CollectPage } from './collect-page';
import { COLLECT_ID } from './collect-route';
import { KioskOverlay } from './kiosk/kiosk-overlay';
// After the page's components, so the area's rules build on theirs.
import './collect.css';

export const collectFeature: Feature = { id: COLLECT_ID, labelKey: 'nav.collect', icon: CollectIcon, page: CollectPage, overlay: KioskOverlay };
