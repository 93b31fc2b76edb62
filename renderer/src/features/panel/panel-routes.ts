import { navigate, routeHash } from '@renderer/shell/hash-route';

/** The panel's pages: #/panel (members), #/panel/member/<id>, #/panel/member/new, #/panel/tags, #/panel/import. */
const PANEL = 'panel';

export const memberHref = (id: number) => routeHash(PANEL, 'member', String(id));
export const panelHref = (...path: string[]) => routeHash(PANEL, ...path);
export const goToPanel = (...path: string[]) => navigate(PANEL, ...path);
