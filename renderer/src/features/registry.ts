import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { IconProps } from '@renderer/components/icons';
import { overviewFeature } from './overview';
import { panelFeature } from './panel';
import { recruitmentFeature } from './recruitment';
import { surveysFeature } from './surveys';

/** An area of the workbench: one entry in the navigation and the page it opens at #/<id>. */
export interface Feature {
  /** Route segment; the page reads anything after it with useHashRoute().path. */
  id: string;
  /** i18n key of the navigation label. */
  labelKey: ParseKeys;
  icon?: ComponentType<IconProps>;
  page: ComponentType;
}

/** The navigation, in order; the first is the start page. Each new area adds its entry here. */
export const features: readonly Feature[] = [overviewFeature, panelFeature, recruitmentFeature, surveysFeature];

export const findFeature = (id: string | undefined): Feature | undefined => features.find((f) => f.id === id);
