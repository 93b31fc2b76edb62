import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import {
  attributeTypes,
  consentStatuses,
  editShape,
  isoDay,
  listedShape,
  notContactableReasons,
  opennessBands,
  optionalText,
  sortableFields,
  storedShape,
  type SortableField,
} from '@model/members/member-fields';
import { campaignMemberReasons } from '@model/recruitment/campaign-status';
import { method } from './define';
import { empty } from './common';

export const memberId = z.number().int().positive();

/** The editable member fields (the member-field table's), each optional (absent: unchanged) and nullable (null: cleared). */
export const memberFields = z
  .object({
    ...editShape,
    /** Custom attribute values by key (see attributes.list); null clears. Checked against the attribute's type. */
    attributes: z.record(z.string(), z.union([z.string().max(1000), z.number(), z.null()])),
  })
  .partial()
  .strict();
export type MemberFields = z.output<typeof memberFields>;

const attributeValue = z.union([z.string(), z.number()]).nullable();

/** Why a member may not be contacted (invited, shortlisted), by the one consent rule; null: contactable. */
const notContactable = z.enum(notContactableReasons).nullable();

/**
 * One event of a member's history: an audit entry about them (consent recorded, edited, erased,
 * marked as seed user) or a recruitment step (campaign.invited, .screened, .qualified,
 * .disqualified, .waitlisted, .active). No personal data.
 */
export const memberEvent = z.object({
  at: z.string(),
  action: z.string(),
  /** Who did it; null for steps the workbench took (screened, qualified by a fill). */
  actor: z.string().nullable(),
  /** Why, in the user's words (audit entries). */
  reason: z.string().nullable(),
  campaign: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Why a campaign disqualified or waitlisted them. */
  campaignReason: z.enum(campaignMemberReasons).nullable(),
});
export type MemberEvent = z.infer<typeof memberEvent>;

export const memberDetail = z.object({
  id: memberId,
  ...storedShape,
  /** Consent granted, not do-not-contact, not erased: may be invited to campaigns and shortlists. */
  contactable: z.boolean(),
  notContactable,
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  tags: z.array(z.object({ id: z.number().int(), name: z.string(), color: z.string() })),
  /** Every defined attribute, with this member's value or null. */
  attributes: z.array(z.object({ key: z.string(), label: z.string(), type: z.enum(attributeTypes), value: attributeValue })),
  /** band: by the panel's own percentiles; null when not scored or fewer members are scored than bands need. */
  openness: z.object({ score: z.number().nullable(), answered: z.number().int(), band: z.enum(opennessBands).nullable() }),
  responses: z.object({ total: z.number().int(), complete: z.number().int(), lastAt: z.string().nullable() }),
  /** Invitations in the contact history (campaigns), for the frequency cap and the member's page. */
  contacts: z.object({ total: z.number().int(), lastAt: z.string().nullable() }),
  /** The latest events about this member, newest first: audit entries and recruitment steps. */
  history: z.array(memberEvent),
});
export type MemberDetail = z.infer<typeof memberDetail>;

/** One row of the members table: what the columns show, nothing more. */
export const memberRow = z.object({
  id: memberId,
  ...listedShape,
  notContactable,
  /** Tag ids (see tags.list for names and colours). */
  tags: z.array(z.number().int()),
});
export type MemberRow = z.infer<typeof memberRow>;

export const memberSortFields = sortableFields;
export type MemberSortField = SortableField;
/** One sort column; ties are broken by member id in the same direction; empty values always come last. */
export const memberSort = z.object({ field: z.enum(memberSortFields), dir: z.enum(['asc', 'desc']).default('asc') }).strict();
export type MemberSort = z.output<typeof memberSort>;

/** Quick search: terms of 3+ characters match anywhere in name, email, phone, city, code or external id; shorter terms match the start of a word of the name. */
const memberSearch = z.string().max(200).nullable().optional();
const memberFilter = filterSchema.nullable().optional();

const memberQuery = z.object({ filter: memberFilter, search: memberSearch }).strict();

/** A set of members for bulk actions: listed ids, or a whole filter result (filter { and: [] } is everyone). */
export const memberSelection = {
  memberIds: z.array(memberId).min(1).max(100_000).optional(),
  filter: memberFilter,
  search: memberSearch,
};
export const requireOneSelection = (v: { memberIds?: unknown; filter?: unknown }, ctx: z.RefinementCtx) => {
  if ((v.memberIds === undefined) === (v.filter === undefined || v.filter === null)) {
    ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'give either memberIds or a filter (use { "and": [] } for every member)' });
  }
};

export const attributeDef = z.object({
  id: z.number().int(),
  key: z.string(),
  label: z.string(),
  type: z.enum(attributeTypes),
  choices: z.array(z.string()).nullable(),
  createdAt: z.string(),
});
export type AttributeDef = z.infer<typeof attributeDef>;
const attributeChoices = z.array(z.string().trim().min(1).max(100)).min(1).max(200);

export const savedView = z.object({
  id: z.number().int(),
  name: z.string(),
  filter: filterSchema.nullable(),
  search: z.string().nullable(),
  sort: memberSort.nullable(),
  columns: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof savedView>;

const byId = z.object({ memberId }).strict();

/** A consent record for many members: the same evidence as one member's (status, date, scope), and why. */
const consentRecord = {
  consentStatus: z.enum(consentStatuses),
  /** Defaults to today (none for "unknown"), as for one member. */
  consentDate: isoDay.optional(),
  consentScope: optionalText(200).default(null),
  /** Kept in each member's history: why (e.g. "panel terms v3 accepted at sign-up"), never who. */
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
};

export const membersMethods = {
  'members.list': method({
    summary: 'A page of the members table: filter, quick search, one sort column, keyset cursor (nextCursor null on the last page).',
    input: z
      .object({
        filter: memberFilter,
        search: memberSearch,
        sort: memberSort.nullable().optional(),
        cursor: z.string().max(2000).nullable().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ rows: z.array(memberRow), nextCursor: z.string().nullable() }),
  }),
  'members.cursorAt': method({
    summary: 'The members.list cursor that starts at a position (0-based) of the same filter, search and sort, for jumping to a far row; pastEnd when fewer members match.',
    input: z
      .object({ filter: memberFilter, search: memberSearch, sort: memberSort.nullable().optional(), position: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
      .strict(),
    output: z.object({ cursor: z.string().nullable(), pastEnd: z.boolean() }),
  }),
  'members.count': method({
    summary: 'How many members match a filter and quick search.',
    input: memberQuery,
    output: z.object({ total: z.number().int() }),
  }),
  'members.get': method({ summary: 'One member with tags, attribute values, contact status, openness (score, answered, band), responses and history (audit entries and recruitment steps).', input: byId, output: memberDetail }),
  'members.create': method({ summary: 'Add a member (no field is required); a random member code is assigned.', input: memberFields, output: memberDetail }),
  'members.update': method({
    summary: 'Change some fields of a member (absent fields stay, null clears).',
    input: z.object({ memberId, patch: memberFields }).strict(),
    output: memberDetail,
  }),
  'members.delete': method({
    summary: 'Delete a member who has no responses (a member with responses is erased instead, to keep the responses).',
    input: z.object({ memberId, reason: z.string().trim().max(500).nullable().default(null) }).strict(),
    output: z.object({ memberId }),
  }),
  'members.erase': method({
    summary: "Erase a member's personal data on request; responses stay under a new random pseudonym; audited with the reason.",
    /** The reason is kept in the audit log: it says why (e.g. "request by email of 14 Jan"), never who. */
    input: z.object({ memberId, reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500) }).strict(),
    output: z.object({ memberId, code: z.string(), erasedAt: z.string(), walCheckpointed: z.boolean() }),
  }),
  'members.setConsent': method({
    summary: 'Record consent (status, date, scope) for listed members or a whole filter result, with the reason; audited per member; undoable with tags.undo.',
    input: z
      .object({ ...memberSelection, ...consentRecord })
      .strict()
      .superRefine(requireOneSelection),
    output: z.object({ actionId: z.number().int(), changed: z.number().int() }),
  }),
  'attributes.list': method({ summary: 'Custom member attributes defined in this workspace.', input: empty, output: z.object({ attributes: z.array(attributeDef) }) }),
  'attributes.create': method({
    summary: 'Define a custom member attribute (text, number, date or single choice); filters name it attr:<key>.',
    input: z
      .object({
        key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'expected a key of lower-case letters, digits and _ starting with a letter (max 40)'),
        label: z.string().trim().min(1).max(100),
        type: z.enum(attributeTypes),
        choices: attributeChoices.nullable().default(null),
      })
      .strict(),
    output: attributeDef,
  }),
  'attributes.update': method({
    summary: "Relabel an attribute or change a choice attribute's choices (choices still in use cannot be removed).",
    input: z.object({ id: z.number().int(), label: z.string().trim().min(1).max(100).optional(), choices: attributeChoices.optional() }).strict(),
    output: attributeDef,
  }),
  'attributes.delete': method({
    summary: 'Delete an attribute and every value of it.',
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ id: z.number().int(), removedValues: z.number().int() }),
  }),
  'views.list': method({ summary: 'Saved views of the members table.', input: empty, output: z.object({ views: z.array(savedView) }) }),
  'views.save': method({
    summary: 'Save a view (filter, search, sort, columns); with id, replace that view.',
    input: z
      .object({
        id: z.number().int().optional(),
        name: z.string().trim().min(1).max(100),
        filter: filterSchema.nullable().default(null),
        search: z.string().trim().max(200).nullable().default(null),
        sort: memberSort.nullable().default(null),
        columns: z.array(z.string().min(1).max(100)).max(100).default([]),
      })
      .strict(),
    output: savedView,
  }),
  'views.delete': method({ summary: 'Delete a saved view.', input: z.object({ id: z.number().int() }).strict(), output: z.object({ id: z.number().int() }) }),
};
