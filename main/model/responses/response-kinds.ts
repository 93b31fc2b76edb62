/** A response is a draft while answered, complete once submitted, void when set aside (never deleted). */
export const responseStatuses = ['draft', 'complete', 'void'] as const;
export type ResponseStatus = (typeof responseStatuses)[number];

/**
 * Why a response is void: an analyst voided it (data cleaning), the kiosk discarded the draft, or it
 * was over a quota or the version's response cap when the respondent qualified.
 */
export const voidCauses = ['cleaning', 'discarded', 'quotaFull', 'responseCap'] as const;
export type VoidCause = (typeof voidCauses)[number];

/**
 * Quality flags, raised when a response completes (and kept, never removed):
 * speeder: total time under a third of the version's median, once it has SPEEDER_MIN_COMPLETE complete responses;
 * straightLining: every row of a matrix of at least STRAIGHT_LINE_MIN_ROWS rows given the same answer;
 * repeatMember: the member had already completed this survey (any version).
 */
export const qualityFlagKinds = ['speeder', 'straightLining', 'repeatMember'] as const;
export type QualityFlagKind = (typeof qualityFlagKinds)[number];

export const SPEEDER_MIN_COMPLETE = 20;
export const SPEEDER_SHARE_OF_MEDIAN = 1 / 3;
export const STRAIGHT_LINE_MIN_ROWS = 3;

/** Why a respondent was turned away when they qualified: the version's response cap or a campaign quota. */
export const quotaFullReasons = ['responseCap', 'quota', 'campaignTarget'] as const;
export type QuotaFullReason = (typeof quotaFullReasons)[number];
