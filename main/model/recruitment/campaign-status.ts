/** A campaign is prepared as a draft, runs (thresholds frozen at start), may pause, and closes. */
export const campaignStatuses = ['draft', 'running', 'paused', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** Changes made with campaigns.setStatus; draft → running is campaigns.start, which freezes thresholds. */
export const campaignTransitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: [],
  running: ['paused', 'closed'],
  paused: ['running', 'closed'],
  closed: [],
};

/**
 * A member's way through a campaign: invited → screened → qualified / disqualified / waitlisted →
 * active. campaigns.fill makes the automatic moves; these are the ones a person may make.
 */
export const campaignMemberStatuses = ['invited', 'screened', 'qualified', 'disqualified', 'waitlisted', 'active'] as const;
export type CampaignMemberStatus = (typeof campaignMemberStatuses)[number];

const manualMemberTransitions: Record<CampaignMemberStatus, readonly CampaignMemberStatus[]> = {
  invited: ['disqualified'],
  screened: ['disqualified'],
  qualified: ['active', 'disqualified'],
  waitlisted: ['disqualified'],
  disqualified: ['screened'],
  active: ['disqualified'],
};

export const canMoveMember = (from: CampaignMemberStatus, to: CampaignMemberStatus) => manualMemberTransitions[from].includes(to);

/** Why a member is disqualified or waitlisted (the renderer translates the code). */
export const campaignMemberReasons = ['rules', 'notScored', 'notContactable', 'manual', 'quotaFull', 'targetReached'] as const;
export type CampaignMemberReason = (typeof campaignMemberReasons)[number];
