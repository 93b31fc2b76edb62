/** #/bundles: export, import and conflicts of bundles. */
export const BUNDLES_ID = 'bundles';
