import type { MemberDetail, MemberFields } from '@api/members';
import type { Issue } from '@api/result';
import { editableFields, memberFieldDef, type BooleanField, type EditableField } from '@model/members/member-fields';

/** The fields the form edits (the member-field table's editable ones), as the inputs hold them: text, or a tick for yes/no fields. */
export type FormValues = { [K in EditableField]: K extends BooleanField ? boolean : string } & {
  /** Custom attribute values by key, as typed. */
  attributes: Record<string, string>;
};

export type FormField = EditableField;

const text = (v: string | number | boolean | null) => (v === null ? '' : String(v));

/** A date input holds a day; a stored date-time shows as its day. */
const day = (v: string | null) => (v === null ? '' : v.slice(0, 10));

/** The form's value of a field: a tick, a day, or text (a new member's default where the field has one). */
function formValue(field: EditableField, stored: string | number | boolean | null) {
  const def = memberFieldDef(field);
  if (def.form === 'checkbox') return stored === true;
  if (stored === null) return def.default ?? '';
  return def.form === 'date' ? day(stored as string) : text(stored);
}

export function toFormValues(m: MemberDetail | null): FormValues {
  const fields = Object.fromEntries(editableFields.map((f) => [f, formValue(f, m?.[f] ?? null)]));
  return { ...(fields as Omit<FormValues, 'attributes'>), attributes: Object.fromEntries((m?.attributes ?? []).map((a) => [a.key, text(a.value)])) };
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

  const set = patch as Record<EditableField, unknown>;
  for (const field of editableFields) {
    if (!changed(field)) continue;
    const def = memberFieldDef(field);
    const value = values[field];
    if (typeof value === 'boolean') set[field] = value;
    else if (def.form === 'year') {
      const typed = value.trim();
      if (typed === '') set[field] = null;
      else if (/^\d{4}$/.test(typed)) set[field] = Number(typed);
      else problems.push({ field, kind: 'year' });
    } else if (def.default !== undefined) set[field] = value;
    else set[field] = orNull(def.form === 'country' ? value.toUpperCase() : value);
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
