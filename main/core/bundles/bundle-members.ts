import { memberFieldDef, storedFields, type StoredField } from '@model/members/member-fields';

/**
 * The member fields a bundle carries: every stored field but the uid (the member's identity across
 * devices, carried beside them) and the code (kept when free here). Folded keys are made again
 * where the member arrives.
 */
export const TRAVELLING_FIELDS = storedFields.filter((f) => f !== 'uid' && f !== 'code');

export const fieldColumn = (f: StoredField) => memberFieldDef(f).column!;
export const fieldKey = (f: StoredField) => memberFieldDef(f).key ?? null;

/** SELECT list of the travelling fields, each as its field name. */
export const TRAVELLING_SELECT = TRAVELLING_FIELDS.map((f) => `m.${fieldColumn(f)} AS "${f}"`).join(', ');
