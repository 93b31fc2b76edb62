import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import { opennessBands } from '@model/members/member-fields';
import { campaignMemberReasons, campaignMemberStatuses, campaignStatuses } from '@model/recruitment/campaign-status';
import { method } from './define';
import { empty } from './common';
import { memberId } from './members';

export const campaignId = z.number().int().positive();
const name = z.string().trim().min(1, 'a campaign needs a name').max(200);
const description = z.string().trim().max(2000).nullable();
const target = z.number().int().min(1).max(10_000_000);

/** A quota caps one segment (a member filter): at most `target` qualified or active members match it. */
const quotaInput = z
  .object({
    /** Keep an existing quota (campaigns.update); absent: a new one. */
    id: z.number().int().positive().optional(),
    label: z.string().trim().min(1).max(100),
    filter: filterSchema,
    target,
  })
  .strict();

const campaignQuota = z.object({
  id: z.number().int(),
  label: z.string(),
  filter: filterSchema,
  target: z.number().int(),
  /** Qualified and active members holding a place in this quota (live). */
  filled: z.number().int(),
  /** Members waitlisted because this quota was full. */
  waitlisted: z.number().int(),
});

const count = z.number().int();
/** Members per status in the campaign. */
const statusCounts = z.object({ invited: count, screened: count, qualified: count, disqualified: count, waitlisted: count, active: count }) satisfies z.ZodObject<
  Record<(typeof campaignMemberStatuses)[number], z.ZodNumber>
>;

export const campaign = z.object({
  id: campaignId,
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(campaignStatuses),
  instrumentId: z.string(),
  /** Qualification rules over member fields (e.g. openness ≥ 3.5 and country in {…}); null: everyone screened qualifies. */
  rules: filterSchema.nullable(),
  /** At most this many qualified and active members in all; null: no overall cap. */
  target: z.number().int().nullable(),
  quotas: z.array(campaignQuota),
  /** The panel's band thresholds frozen when the campaign started; null before, or when too few were scored. */
  thresholds: z.object({ p25: z.number(), p75: z.number(), scored: z.number().int(), method: z.string(), frozenAt: z.string() }).nullable(),
  counts: statusCounts,
  /** Qualified + active. */
  filled: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Campaign = z.infer<typeof campaign>;

const byId = z.object({ campaignId }).strict();

const inviteSkipReasons = ['notFound', 'erased', 'doNotContact', 'noConsent', 'alreadyInvited', 'frequencyCap'] as const;

export const campaignMemberRow = z.object({
  memberId,
  code: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  status: z.enum(campaignMemberStatuses),
  reason: z.enum(campaignMemberReasons).nullable(),
  /** The quota that was full when the member was waitlisted. */
  reasonQuotaId: z.number().int().nullable(),
  /** Quotas the member holds a place in. */
  quotaIds: z.array(z.number().int()),
  openness: z.object({ score: z.number().nullable(), answered: z.number().int().nullable(), band: z.enum(opennessBands).nullable() }),
  invitedAt: z.string(),
  screenedAt: z.string().nullable(),
  qualifiedAt: z.string().nullable(),
  disqualifiedAt: z.string().nullable(),
  waitlistedAt: z.string().nullable(),
  activeAt: z.string().nullable(),
});
export type CampaignMemberRow = z.infer<typeof campaignMemberRow>;

const contactRow = z.object({
  id: z.number().int(),
  memberId,
  campaignId: z.number().int().nullable(),
  campaignName: z.string().nullable(),
  kind: z.enum(['invitation']),
  channel: z.string(),
  contactedAt: z.string(),
  actor: z.string(),
});

const frequencyCap = z.object({
  /** At most this many invitations per member … */
  maxContacts: z.number().int().min(1).max(100),
  /** … within this many days. */
  days: z.number().int().min(1).max(365),
});

const cursor = z.string().max(100).nullable().default(null);

export const campaignsMethods = {
  'campaigns.list': method({
    summary: 'Campaigns with status counts and live quota fills, newest first.',
    input: z.object({ status: z.enum(campaignStatuses).nullable().default(null) }).strict(),
    output: z.object({ campaigns: z.array(campaign) }),
  }),
  'campaigns.get': method({ summary: 'One campaign with rules, quotas (live fill counts), frozen thresholds and status counts.', input: byId, output: campaign }),
  'campaigns.create': method({
    summary: 'Create a draft campaign: the openness screener, qualification rules (a member filter), quotas per segment, an optional overall target.',
    input: z
      .object({
        name,
        description: description.default(null),
        rules: filterSchema.nullable().default(null),
        target: target.nullable().default(null),
        quotas: z.array(quotaInput).max(50).default([]),
      })
      .strict(),
    output: campaign,
  }),
  'campaigns.update': method({
    summary: 'Change a campaign. Drafts: anything. Once started: name, description, overall target and quota labels/targets only.',
    input: z
      .object({
        campaignId,
        name: name.optional(),
        description: description.optional(),
        rules: filterSchema.nullable().optional(),
        target: target.nullable().optional(),
        /** The whole list: quotas with an id are kept and changed, without one are added, missing ones removed (drafts only). */
        quotas: z.array(quotaInput).max(50).optional(),
      })
      .strict(),
    output: campaign,
  }),
  'campaigns.delete': method({ summary: 'Delete a draft campaign (started campaigns are closed instead, to keep their history).', input: byId, output: z.object({ campaignId }) }),
  'campaigns.start': method({
    summary: "Start a draft: freezes the panel's openness band thresholds into the campaign, then invitations may go out.",
    input: byId,
    output: campaign,
  }),
  'campaigns.setStatus': method({
    summary: 'Pause, resume or close a started campaign.',
    input: z.object({ campaignId, status: z.enum(['running', 'paused', 'closed']) }).strict(),
    output: campaign,
  }),
  'campaigns.invite': method({
    summary: 'Invite listed members or a filter result to a running campaign; members without consent, do-not-contact, erased, already invited or over the frequency cap are skipped (or, with onBlocked "refuse", nobody is invited). Each invitation goes into the contact history.',
    input: z
      .object({
        campaignId,
        memberIds: z.array(memberId).min(1).max(100_000).optional(),
        filter: filterSchema.nullable().optional(),
        onBlocked: z.enum(['skip', 'refuse']).default('skip'),
        /** Count only: what would happen, nothing written. */
        dryRun: z.boolean().default(false),
        channel: z.string().trim().min(1).max(40).default('email'),
      })
      .strict()
      .superRefine((v, ctx) => {
        if ((v.memberIds === undefined) === (v.filter === undefined || v.filter === null)) {
          ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'give either memberIds or a filter (use { "and": [] } for every member)' });
        }
      }),
    output: z.object({
      /** Members invited (in a dry run: who would be). */
      invited: z.number().int(),
      dryRun: z.boolean(),
      /** One entry per reason with at least one member; message says why in plain words. */
      skipped: z.array(z.object({ reason: z.enum(inviteSkipReasons), count: z.number().int(), message: z.string(), sampleMemberIds: z.array(z.number().int()) })),
      frequencyCap,
    }),
  }),
  'campaigns.fill': method({
    summary: 'Evaluate the campaign: invited members with a screener become screened; screened and waitlisted members are qualified (place in quotas), waitlisted (quota or target full) or disqualified (rules, not scored, consent withdrawn) using the frozen thresholds.',
    input: byId,
    output: z.object({
      screened: z.number().int(),
      qualified: z.number().int(),
      waitlisted: z.number().int(),
      disqualified: z.object({ rules: z.number().int(), notScored: z.number().int(), notContactable: z.number().int() }),
      /** Waitlisted before and still waiting. */
      stillWaitlisted: z.number().int(),
      campaign,
    }),
  }),
  'campaigns.members': method({
    summary: "A page of a campaign's members with status, reason, timestamps, quota places and openness band by the frozen thresholds.",
    input: z
      .object({
        campaignId,
        status: z.enum(campaignMemberStatuses).nullable().default(null),
        cursor,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ rows: z.array(campaignMemberRow), nextCursor: z.string().nullable() }),
  }),
  'campaigns.setMemberStatus': method({
    summary: 'Move members by hand: qualified → active, any → disqualified (frees quota places), disqualified → screened (reconsidered at the next fill).',
    input: z
      .object({
        campaignId,
        memberIds: z.array(memberId).min(1).max(10_000),
        status: z.enum(['active', 'disqualified', 'screened']),
        reason: z.string().trim().max(500).nullable().default(null),
      })
      .strict(),
    output: z.object({
      changed: z.number().int(),
      /** Members left as they were: not in the campaign, or the move is not allowed from their status. */
      skipped: z.array(z.object({ from: z.enum([...campaignMemberStatuses, 'notInCampaign']), count: z.number().int() })),
    }),
  }),
  'campaigns.contactHistory': method({
    summary: 'Invitations, newest first, for a member and/or a campaign (keyset cursor).',
    input: z
      .object({
        memberId: memberId.nullable().default(null),
        campaignId: campaignId.nullable().default(null),
        cursor,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ rows: z.array(contactRow), nextCursor: z.string().nullable() }),
  }),
  'campaigns.frequencyCap': method({ summary: 'The workspace frequency cap: at most maxContacts invitations per member in days days.', input: empty, output: frequencyCap }),
  'campaigns.setFrequencyCap': method({ summary: 'Change the workspace frequency cap (audited).', input: frequencyCap.strict(), output: frequencyCap }),
};
