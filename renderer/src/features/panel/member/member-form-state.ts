import type { MemberDetail, MemberFields } from '@api/members';
import type { Issue } from '@api/result';

/** The fields the form edits, as the inputs hold them. */
export interface FormValues {
  externalId: string;
  name: string;
  email: string;
  phone: string;
  country: string;
  city: string;
  gender: string;
  birthYear: string;
  ageBand: string;
  joinedAt: string;
  sourceChannel: string;
  lifecycleStage: string;
  consentStatus: string;
  consentDate: string;
  consentScope: string;
  doNotContact: boolean;
  notes: string;
  /** Custom attribute values by key, as typed. */
  attributes: Record<string, string>;
}

export type FormField = Exclude<keyof FormValues, 'attributes'>;

const text = (v: string | number | null) => (v === null ? '' : String(v));

/** A date input holds a day; a stored date-time shows as its day. */
const day = (v: string | null) => (v === null ? '' : v.slice(0, 10));

export function toFormValues(m: MemberDetail | null): FormValues {
  return {
    externalId: text(m?.externalId ?? null),
    name: text(m?.name ?? null),
    email: text(m?.email ?? null),
    phone: text(m?.phone ?? null),
    country: text(m?.country ?? null),
    city: text(m?.city ?? null),
    gender: text(m?.gender ?? null),
    birthYear: text(m?.birthYear ?? null),
    ageBand: text(m?.ageBand ?? null),
    joinedAt: day(m?.joinedAt ?? null),
    sourceChannel: text(m?.sourceChannel ?? null),
    lifecycleStage: text(m?.lifecycleStage ?? null),
    consentStatus: m?.consentStatus ?? 'unknown',
    consentDate: day(m?.consentDate ?? null),
    consentScope: text(m?.consentScope ?? null),
    doNotContact: m?.doNotContact ?? false,
    notes: text(m?.notes ?? null),
    attributes: Object.fromEntries((m?.attributes ?? []).map((a) => [a.key, text(a.value)])),
  };
}

export interface AttributeSpec {
  key: string;
  type: 'text' | 'number' | 'date' | 'choice';
}

/** Where a problem shows: a form field or attr:<key>. */
export type FieldKey = FormField | `attr:${string}`;

export interface FormProblem {
  field: FieldKey;
  /** A problem the form found before sending (the core's own come as issues). */
  kind: 'number' | 'year';
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * What changed, as a members.update patch (absent: unchanged, null: cleared), and the values that
 * cannot be sent as typed. Everything else is checked by the core, whose issues name the field.
 */
export function formPatch(initial: FormValues, values: FormValues, attributes: readonly AttributeSpec[]): { patch: MemberFields; problems: FormProblem[] } {
  const patch: MemberFields = {};
  const problems: FormProblem[] = [];
  const changed = (field: FormField) => values[field] !== initial[field];

  for (const field of ['externalId', 'name', 'email', 'phone', 'city', 'ageBand', 'sourceChannel', 'consentScope', 'notes'] as const) {
    if (changed(field)) patch[field] = orNull(values[field]);
  }
  if (changed('country')) patch.country = orNull(values.country.toUpperCase());
  if (changed('gender')) patch.gender = (orNull(values.gender) as MemberFields['gender']) ?? null;
  if (changed('lifecycleStage')) patch.lifecycleStage = (orNull(values.lifecycleStage) as MemberFields['lifecycleStage']) ?? null;
  if (changed('consentStatus')) patch.consentStatus = values.consentStatus as NonNullable<MemberFields['consentStatus']>;
  if (changed('consentDate')) patch.consentDate = orNull(values.consentDate);
  if (changed('joinedAt')) patch.joinedAt = orNull(values.joinedAt);
  if (changed('doNotContact')) patch.doNotContact = values.doNotContact;
  if (changed('birthYear')) {
    const typed = values.birthYear.trim();
    if (typed === '') patch.birthYear = null;
    else if (/^\d{4}$/.test(typed)) patch.birthYear = Number(typed);
    else problems.push({ field: 'birthYear', kind: 'year' });
  }

  const attributeValues: Record<string, string | number | null> = {};
  for (const a of attributes) {
    const before = initial.attributes[a.key] ?? '';
    const now = values.attributes[a.key] ?? '';
    if (before === now) continue;
    const typed = now.trim();
    if (typed === '') attributeValues[a.key] = null;
    else if (a.type === 'number') {
      const n = Number(typed.replace(',', '.'));
      if (Number.isFinite(n)) attributeValues[a.key] = n;
      else problems.push({ field: `attr:${a.key}`, kind: 'number' });
    } else attributeValues[a.key] = typed;
  }
  if (Object.keys(attributeValues).length) patch.attributes = attributeValues;
  return { patch, problems };
}

/**
 * The core's issues by the form field they are about. Paths are those of the method's input:
 * ["patch", "email"] (update), ["email"] (create), ["patch", "attributes", "<key>"].
 */
export function issuesByField(issues: readonly Issue[] | undefined): Map<FieldKey, string> {
  const byField = new Map<FieldKey, string>();
  for (const issue of issues ?? []) {
    const path = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path;
    const [first, second] = path;
    const field: FieldKey | null = first === 'attributes' && typeof second === 'string' ? `attr:${second}` : typeof first === 'string' ? (first as FormField) : null;
    if (field && !byField.has(field)) byField.set(field, issue.message);
  }
  return byField;
}
