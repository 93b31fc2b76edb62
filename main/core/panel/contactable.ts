/**
 * Consent governs use: only members with consent 'granted', not marked do-not-contact and not
 * erased may be invited (campaigns) or shortlisted (seed users). Every such query uses this rule.
 */
export interface ContactFields {
  consentStatus: string;
  doNotContact: boolean;
  erasedAt: string | null;
}

export const isContactable = (m: ContactFields): boolean => m.consentStatus === 'granted' && !m.doNotContact && m.erasedAt === null;

/**
 * The rule as a SQL condition over the member table under `alias`, e.g.
 * `SELECT … FROM member m WHERE ${contactableClause('m')} AND …`. It has no parameters.
 */
export function contactableClause(alias = 'm'): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return `(${alias}.consent_status = 'granted' AND ${alias}.do_not_contact = 0 AND ${alias}.erased_at IS NULL)`;
}

/** contactableClause() for the usual alias m. */
export const CONTACTABLE_SQL = contactableClause('m');
