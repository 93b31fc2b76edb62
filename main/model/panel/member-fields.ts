import type { FieldCatalog, ValueLookup } from '../filter/filter';
import { countryCode } from './countries';

export const lifecycleStages = ['acquisition', 'activation', 'retention', 'monetization'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];
export const genders = ['female', 'male', 'other', 'undisclosed'] as const;
export const consentStatuses = ['granted', 'withdrawn', 'unknown'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];
/** Why a member may not be contacted, most serious first (the rule itself: core/members/contactable.ts). */
export const notContactableReasons = ['erased', 'doNotContact', 'noConsent'] as const;
export type NotContactableReason = (typeof notContactableReasons)[number];
export const opennessBands = ['low', 'mid', 'high'] as const;
export type OpennessBand = (typeof opennessBands)[number];

/** Countries are stored as ISO codes; filters take a code or a name (China, 中国, Китай). */
const countryLookup: ValueLookup = { code: countryCode, expected: 'a country code or name (e.g. CN, China, 中国, Китай)' };

/**
 * The member fields that filters, sorting, saved views, segments and campaign rules can name.
 * Custom attributes join as `attr:<key>` with their own type (see attributeField).
 */
export const memberFieldCatalog = {
  code: { type: 'text' },
  externalId: { type: 'text' },
  name: { type: 'text' },
  email: { type: 'text' },
  phone: { type: 'text' },
  country: { type: 'text', lookup: countryLookup },
  city: { type: 'text' },
  gender: { type: 'enum', values: genders },
  birthYear: { type: 'number' },
  ageBand: { type: 'text' },
  joinedAt: { type: 'date' },
  sourceChannel: { type: 'text' },
  lifecycleStage: { type: 'enum', values: lifecycleStages },
  consentStatus: { type: 'enum', values: consentStatuses },
  doNotContact: { type: 'boolean' },
  tag: { type: 'set' },
  openness: { type: 'number' },
  opennessAnswered: { type: 'number' },
  opennessBand: { type: 'enum', values: opennessBands },
} as const satisfies FieldCatalog;

export type MemberField = keyof typeof memberFieldCatalog;

export const ATTRIBUTE_PREFIX = 'attr:';
export const attributeTypes = ['text', 'number', 'date', 'choice'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/** The filter field spec of a custom attribute. */
export const attributeField = (type: AttributeType, choices: readonly string[] = []) =>
  type === 'choice' ? { type: 'enum' as const, values: choices } : { type };
