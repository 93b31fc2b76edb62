import { MembersIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { PanelPage } from './panel-page';
// After the page's components, so the area's rules build on theirs.
import './panel.css';

export const panelFeature: Feature = { id: 'panel', labelKey: 'nav.panel', icon: MembersIcon, page: PanelPage };
