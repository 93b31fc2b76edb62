/**
 * A statistical test either ran or says why it did not, with a reason code the screen translates
 * (e.g. `crosstab.skip.multipleResponse`), so "no test" is never shown as a p-value of null.
 */
export type Outcome<T, Reason extends string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ran = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const skipped = <Reason extends string>(reason: Reason): { ok: false; reason: Reason } => ({ ok: false, reason });
