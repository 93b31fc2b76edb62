import type { NotContactableReason } from '@model/members/member-fields';

/**
 * Consent governs use: only members with consent 'granted', not marked do-not-contact and not
 * erased may be invited (campaigns) or shortlisted (seed users). The rule is kept once, as the
 * reasons that block contact, most serious first; every query and check below derives from it.
 */
export interface ContactFields {
  consentStatus: string;
  doNotContact: boolean;
  erasedAt: string | null;
}

const BLOCKS: readonly { reason: NotContactableReason; sql: string; applies: (m: ContactFields) => boolean }[] = [
  { reason: 'erased', sql: 'm.erased_at IS NOT NULL', applies: (m) => m.erasedAt !== null },
  { reason: 'doNotContact', sql: 'm.do_not_contact <> 0', applies: (m) => m.doNotContact },
  { reason: 'noConsent', sql: "m.consent_status <> 'granted'", applies: (m) => m.consentStatus !== 'granted' },
];

/** Why the member may not be contacted (the most serious reason), or null when they may. */
export const notContactableReason = (m: ContactFields): NotContactableReason | null => BLOCKS.find((b) => b.applies(m))?.reason ?? null;

export const isContactable = (m: ContactFields): boolean => notContactableReason(m) === null;

/** The rule as a SQL condition over a member row aliased `m` (the columns are NOT NULL, so NOT is exact). No parameters. */
export const CONTACTABLE_SQL = `NOT (${BLOCKS.map((b) => b.sql).join(' OR ')})`;

/** Why a member row aliased `m` may not be contacted, most serious first; NULL when they may. Campaigns report these per category. */
export const NOT_CONTACTABLE_REASON_SQL = `CASE ${BLOCKS.map((b) => `WHEN ${b.sql} THEN '${b.reason}'`).join(' ')} END`;
