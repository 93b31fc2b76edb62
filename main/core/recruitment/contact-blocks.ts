/**
 * Why the consent rule (panel/contactable.ts) keeps a member from being contacted, most serious
 * first, over a member row aliased `m`; NULL when they may be contacted. Campaigns report these
 * per category, so the user sees how many were skipped and why.
 */
export const NOT_CONTACTABLE_REASON_SQL = `CASE
  WHEN m.erased_at IS NOT NULL THEN 'erased'
  WHEN m.do_not_contact <> 0 THEN 'doNotContact'
  WHEN m.consent_status <> 'granted' THEN 'noConsent'
END`;

export const notContactableReasons = ['erased', 'doNotContact', 'noConsent'] as const;
export type NotContactableReason = (typeof notContactableReasons)[number];
