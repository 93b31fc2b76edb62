import { z } from 'zod';
import type { FieldType, ValueLookup } from '../filter/filter';
import { countryCode, isCountryCode } from './countries';
import { canonicalLanguageTag, LANGUAGE_TAG_EXPECTED, LANGUAGE_TAG_MAX } from './language-tags';

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

export const isoDay = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** Optional text: blank means empty (null), surrounding spaces are dropped. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, `expected at most ${max} characters`)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.trim()));

/** Where a field sits on a member's page and in the form (and how the filter builders group it). */
export const memberFieldGroups = ['identity', 'profile', 'membership', 'consent', 'notes', 'tags', 'openness', 'system'] as const;
export type MemberFieldGroup = (typeof memberFieldGroups)[number];

/** How an import column's text becomes the field's value (core/panel/import/value-outcomes.ts). */
export type ImportKind = 'text' | 'email' | 'phone' | 'country' | 'language' | 'enum' | 'year' | 'date' | 'boolean';

/**
 * What erasure on request does with the field (core/panel/member-erasure.ts): removes it, keeps it
 * (coarse fields that single nobody out), replaces it with a random pseudonym (the code), keeps only
 * the month (a date), or records the erasure in it (consent withdrawn that day, do-not-contact).
 */
export type Erasure = 'remove' | 'keep' | 'pseudonym' | 'month' | 'withdrawn' | 'erasedOn' | 'flag';

/** How the member form edits the field (renderer/src/features/panel/member/member-fields-form.tsx). */
export type FormInput = 'text' | 'email' | 'tel' | 'country' | 'year' | 'date' | 'select' | 'checkbox' | 'textarea';

/** One member field: everything the core, the contract and the renderer need to know about it. */
export interface MemberFieldDef {
  /** The filter language's type (operators follow from it). */
  type: FieldType;
  values?: readonly string[];
  group: MemberFieldGroup;
  /** Its column on member; absent for fields the core derives (tags, openness). */
  column?: string;
  /** The folded key stored beside the column (textKey), which sorting and matching use. */
  key?: string;
  /** Its value in members.get (and members.list when listed). */
  value: z.ZodType;
  /** Editable: its schema in members.create and members.update (absent: unchanged, null: cleared). */
  edit?: z.ZodType;
  /** The form's input for it, and the most characters it takes. */
  form?: FormInput;
  max?: number;
  /** Filters, saved views, segments and campaign rules can name it. */
  filter?: true;
  /** members.list can sort by it (its column needs an index: see migrations). */
  sort?: true;
  /** A column of members.list's rows. */
  list?: true;
  /** A member import column can fill it, read as this kind of value. */
  import?: ImportKind;
  erase: Erasure;
  /** What a new member has (the column's default); absent: empty. */
  default?: string;
  /** Its name in the renderer's locales (group member, keys field.<name>). */
  labelKey: `member.field.${string}`;
  /** Filters compare it through this lookup (a country by its name). */
  lookup?: ValueLookup;
}

const label = <N extends string>(name: N) => `member.field.${name}` as const;
/** An editable text field: its schema and the form's input take the same maximum; `refine` checks more. */
function editText(max: number, form: FormInput): { edit: ReturnType<typeof optionalText>; form: FormInput; max: number };
function editText<S extends z.ZodType>(max: number, form: FormInput, refine: (s: ReturnType<typeof optionalText>) => S): { edit: S; form: FormInput; max: number };
function editText(max: number, form: FormInput, refine?: (s: ReturnType<typeof optionalText>) => z.ZodType) {
  return { edit: refine ? refine(optionalText(max)) : optionalText(max), form, max };
}
const nullableText = z.string().nullable();
const choice = <T extends readonly [string, ...string[]]>(values: T) => ({ type: 'enum' as const, values, value: z.enum(values).nullable(), edit: z.enum(values).nullable() });

/**
 * The member-field table: one row per field, in the order of a member's page. The contract's
 * schemas, the filter catalog, the list's columns and sort keys, the import's targets, erasure and
 * the renderer's field lists all derive from it, so a new member field is a migration (its column),
 * one row here and its labels.
 */
export const memberFieldTable = {
  code: { type: 'text', group: 'identity', column: 'code', value: z.string(), filter: true, sort: true, list: true, erase: 'pseudonym', labelKey: label('code') },
  name: {
    type: 'text', group: 'identity', column: 'name', key: 'name_key', value: nullableText, ...editText(200, 'text'),
    filter: true, sort: true, list: true, import: 'text', erase: 'remove', labelKey: label('name'),
  },
  externalId: {
    type: 'text', group: 'identity', column: 'external_id', value: nullableText, ...editText(100, 'text'),
    filter: true, import: 'text', erase: 'remove', labelKey: label('externalId'),
  },
  email: {
    type: 'text', group: 'identity', column: 'email', key: 'email_key', value: nullableText,
    ...editText(254, 'email', (s) => s.pipe(z.email('expected an email address such as name@example.org').nullable())),
    filter: true, sort: true, list: true, import: 'email', erase: 'remove', labelKey: label('email'),
  },
  phone: {
    type: 'text', group: 'identity', column: 'phone', value: nullableText,
    ...editText(40, 'tel', (s) => s.refine((v) => v === null || /^[+\d\s().\-/x]*\d[+\d\s().\-/x]*$/i.test(v), 'expected a phone number (digits, spaces, + - ( ) . /)')),
    filter: true, import: 'phone', erase: 'remove', labelKey: label('phone'),
  },
  country: {
    type: 'text', group: 'profile', column: 'country', value: nullableText, form: 'country', max: 2, lookup: countryLookup,
    edit: optionalText(100).refine((s) => s === null || isCountryCode(s), 'expected an ISO 3166-1 alpha-2 country code in capitals, e.g. DE'),
    filter: true, sort: true, list: true, import: 'country', erase: 'keep', labelKey: label('country'),
  },
  /** The language to write to the member in (invitations), a BCP 47 tag in its canonical form. */
  language: {
    type: 'text', group: 'profile', column: 'language', value: nullableText, form: 'text', max: LANGUAGE_TAG_MAX,
    edit: optionalText(LANGUAGE_TAG_MAX).transform((s, ctx) => {
      const tag = s === null ? null : canonicalLanguageTag(s);
      if (s !== null && tag === null) ctx.addIssue({ code: 'custom', message: LANGUAGE_TAG_EXPECTED });
      return tag;
    }),
    filter: true, list: true, import: 'language', erase: 'keep', labelKey: label('language'),
  },
  city: {
    type: 'text', group: 'profile', column: 'city', value: nullableText, ...editText(100, 'text'),
    filter: true, sort: true, list: true, import: 'text', erase: 'remove', labelKey: label('city'),
  },
  gender: { ...choice(genders), group: 'profile', column: 'gender', form: 'select', filter: true, sort: true, list: true, import: 'enum', erase: 'keep', labelKey: label('gender') },
  /** Plausibility (1900 … this year − 13) depends on the clock and is checked by the core. */
  birthYear: {
    type: 'number', group: 'profile', column: 'birth_year', value: z.number().int().nullable(), form: 'year', max: 4,
    edit: z.number().int('expected a whole year').min(1900, 'expected a year from 1900').nullable(),
    filter: true, sort: true, list: true, import: 'year', erase: 'remove', labelKey: label('birthYear'),
  },
  ageBand: {
    type: 'text', group: 'profile', column: 'age_band', value: nullableText, ...editText(20, 'text'),
    filter: true, import: 'text', erase: 'keep', labelKey: label('ageBand'),
  },
  joinedAt: {
    type: 'date', group: 'membership', column: 'joined_at', value: nullableText, form: 'date',
    edit: z.union([isoDay, isoDateTime], 'expected an ISO date (YYYY-MM-DD) or date-time').nullable(),
    filter: true, sort: true, list: true, import: 'date', erase: 'month', labelKey: label('joinedAt'),
  },
  sourceChannel: {
    type: 'text', group: 'membership', column: 'source_channel', value: nullableText, ...editText(100, 'text'),
    filter: true, import: 'text', erase: 'keep', labelKey: label('sourceChannel'),
  },
  lifecycleStage: {
    ...choice(lifecycleStages), group: 'membership', column: 'lifecycle_stage', form: 'select',
    filter: true, sort: true, list: true, import: 'enum', erase: 'keep', labelKey: label('lifecycleStage'),
  },
  consentStatus: {
    type: 'enum', values: consentStatuses, group: 'consent', column: 'consent_status', value: z.enum(consentStatuses), edit: z.enum(consentStatuses), form: 'select', default: 'unknown',
    filter: true, sort: true, list: true, import: 'enum', erase: 'withdrawn', labelKey: label('consentStatus'),
  },
  /** Defaults to today when the consent status changes without a date. */
  consentDate: { type: 'date', group: 'consent', column: 'consent_date', value: nullableText, edit: isoDay.nullable(), form: 'date', import: 'date', erase: 'erasedOn', labelKey: label('consentDate') },
  consentScope: {
    type: 'text', group: 'consent', column: 'consent_scope', value: nullableText, ...editText(200, 'text'), import: 'text', erase: 'remove', labelKey: label('consentScope'),
  },
  doNotContact: {
    type: 'boolean', group: 'consent', column: 'do_not_contact', value: z.boolean(), edit: z.boolean(), form: 'checkbox',
    filter: true, list: true, import: 'boolean', erase: 'flag', labelKey: label('doNotContact'),
  },
  notes: { type: 'text', group: 'notes', column: 'notes', value: nullableText, ...editText(5000, 'textarea'), import: 'text', erase: 'remove', labelKey: label('notes') },
  /** Tags by id (see tags.list); members.list and members.get carry them as lists of their own. */
  tag: { type: 'set', group: 'tags', value: z.array(z.number().int()), filter: true, erase: 'remove', labelKey: label('tag') },
  openness: { type: 'number', group: 'openness', value: z.number().nullable(), filter: true, sort: true, list: true, erase: 'keep', labelKey: label('openness') },
  opennessAnswered: { type: 'number', group: 'openness', value: z.number().int(), filter: true, erase: 'keep', labelKey: label('opennessAnswered') },
  /** Resolved to openness conditions with the panel's (or a campaign's frozen) thresholds. */
  opennessBand: { type: 'enum', values: opennessBands, group: 'openness', value: z.enum(opennessBands).nullable(), filter: true, erase: 'keep', labelKey: label('opennessBand') },
  /**
   * The stable random uid (a UUID) every member gets at creation: other workspaces know the member by
   * it (bundles, tombstones, response links from other devices). Never derived from personal data,
   * never shown as the member code, kept through erasure (the database refuses to change it).
   */
  uid: { type: 'text', group: 'system', column: 'uid', value: z.uuid(), list: true, erase: 'keep', labelKey: label('uid') },
} as const satisfies Record<string, MemberFieldDef>;
