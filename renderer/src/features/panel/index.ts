import { MembersIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { PanelPage } from './panel-page';

export const panelFeature: Feature = { id: 'panel', labelKey: 'nav.panel', icon: MembersIcon, page: PanelPage };
