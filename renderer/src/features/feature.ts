import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { IconProps } from '@renderer/components/icons';

/**
 * An area of the workbench: one entry in the navigation and the page it opens at #/<id>. Its own
 * file, so each feature folder describes itself without importing the registry that lists them.
 */
export interface Feature {
  /** Route segment; the page reads anything after it with useHashRoute().path. */
  id: string;
  /** i18n key of the navigation label. */
  labelKey: ParseKeys;
  icon?: ComponentType<IconProps>;
  page: ComponentType;
  /**
   * Rendered on every page, whatever the address (the kiosk, which a link, a reload or another
   * window switching the route must not end). It draws nothing while it has nothing to show.
   */
  overlay?: ComponentType;
}
