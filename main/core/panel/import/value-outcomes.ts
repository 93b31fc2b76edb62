import type { ImportDateFormat, ImportFieldTarget } from '@api/member-import';
import type { AttributeDef } from '@api/members';
import { importableFields, memberFieldDef } from '@model/members/member-fields';
import { SCALE_MAX, SCALE_MIN } from '@model/openness';
import { countryCode } from '@model/members/countries';
import { canonicalLanguageTag } from '@model/members/language-tags';
import type { SqlValue } from '../../db/connection';
import { EARLIEST_BIRTH_YEAR, MIN_MEMBER_AGE } from '../member-service';
import { textKey } from '../../members/text-key';
import { columnKey } from '../../files/csv-import/columns';
import type { IssueCode } from './issues';
import { parseBoolean, parseInteger, parseNumber } from '../../files/csv-import/words';
import { enumUnknown, isEmail, isPhone, parseDate, parseEnum } from './value-parsers';

/** The member columns an import fills for a field target: the field's column and its folded key (age fills the birth year). */
export const targetColumns = (field: FieldTarget): string[] => {
  const def = memberFieldDef(field === 'age' ? 'birthYear' : field);
  return def.key ? [def.column!, def.key] : [def.column!];
};

/** The member columns an import can fill (the importable fields' columns and keys), in staging order. */
export const MEMBER_STAGE_COLUMNS: readonly string[] = importableFields.flatMap(targetColumns);
export type MemberStageColumn = string;
const col = (c: MemberStageColumn) => MEMBER_STAGE_COLUMNS.indexOf(c);

/** Ages outside MIN_MEMBER_AGE–MAX_AGE are implausible (a warning; the value is left empty). */
const MAX_AGE = 110;
/** As tags.create allows. */
const MAX_TAG_CHARS = 60;

export interface ValueSettings {
  dateFormat: ImportDateFormat;
  decimalComma: boolean;
  /** The year the data was collected (age → birth year); null when no age column is mapped. */
  collectedYear: number | null;
  currentYear: number;
}

type FieldTarget = Exclude<ImportFieldTarget, 'tags'>;

export type Handler =
  | { kind: 'field'; field: FieldTarget }
  | { kind: 'tags' }
  | { kind: 'tagFlag'; tag: string }
  | { kind: 'attribute'; def: AttributeDef }
  | { kind: 'screener'; item: number };

type Params = Record<string, string | number>;

/** What one value of one column gives. Shared between rows with the same value, so never changed once made. */
export interface Outcome {
  member?: readonly (readonly [column: number, value: SqlValue])[];
  tags?: readonly { key: string; name: string }[];
  answer?: readonly [item: number, value: number];
  attribute?: { id: number; text: string | null; num: number | null };
  warnings?: readonly (readonly [IssueCode, Params])[];
  /** The row cannot be used. */
  error?: IssueCode;
}

const warning = (code: IssueCode, params: Params = {}): Outcome => ({ warnings: [[code, params]] });
const setting = (...pairs: [MemberStageColumn, SqlValue][]): Outcome => ({ member: pairs.map(([c, v]) => [col(c), v] as const) });

/** Columns whose values repeat (categories, numbers, dates) are parsed once per distinct value; who someone is and notes rarely repeat. */
export const isMemoizable = (h: Handler) => h.kind !== 'field' || (h.field !== 'age' && !['identity', 'notes'].includes(memberFieldDef(h.field).group));

function ageOutcome(value: string, s: ValueSettings): Outcome {
  const age = parseInteger(value, s.decimalComma);
  if (age !== null && age >= MIN_MEMBER_AGE && age <= MAX_AGE) return setting(['birth_year', s.collectedYear! - age]);
  const looksLikeYear = age !== null && age >= EARLIEST_BIRTH_YEAR && age <= s.collectedYear!;
  return warning('ageImplausible', { min: MIN_MEMBER_AGE, max: MAX_AGE, ...(looksLikeYear ? { hint: 'it looks like a birth year' } : {}) });
}

/** What a value gives for a member field, by the kind of value the member-field table says it takes. */
function fieldOutcome(field: FieldTarget, value: string, s: ValueSettings): Outcome {
  if (field === 'age') return ageOutcome(value, s);
  const def = memberFieldDef(field);
  const column = def.column!;
  const set = (stored: SqlValue): Outcome => (def.key ? setting([column, stored], [def.key, textKey(stored as string)]) : setting([column, stored]));
  switch (def.import!) {
    case 'text':
      return set(value);
    case 'email':
      return isEmail(value) ? set(value) : { error: 'invalidEmail' };
    case 'phone':
      return isPhone(value) ? set(value) : warning('phoneInvalid');
    case 'country': {
      const code = countryCode(value);
      return code ? set(code) : warning('countryUnknown');
    }
    case 'language': {
      const tag = canonicalLanguageTag(value);
      return tag ? set(tag) : { error: 'languageInvalid' };
    }
    case 'enum': {
      const known = parseEnum(field, value);
      return known ? set(known) : warning(...enumUnknown(field));
    }
    case 'year': {
      const year = parseInteger(value, s.decimalComma);
      const [min, max] = [Math.max(EARLIEST_BIRTH_YEAR, s.currentYear - MAX_AGE), s.currentYear - MIN_MEMBER_AGE];
      return year !== null && year >= min && year <= max ? set(year) : warning('birthYearImplausible', { min, max });
    }
    case 'date': {
      const date = parseDate(value, s.dateFormat);
      return date ? set(date) : warning('dateInvalid', { format: s.dateFormat });
    }
    case 'boolean': {
      const yes = parseBoolean(value);
      return yes === null ? warning('booleanUnknown') : set(yes ? 1 : 0);
    }
  }
}

function attributeOutcome(def: AttributeDef, value: string, s: ValueSettings): Outcome {
  const keep = (text: string | null, num: number | null): Outcome => ({ attribute: { id: def.id, text, num } });
  switch (def.type) {
    case 'text':
      return keep(value, null);
    case 'number': {
      const n = parseNumber(value, s.decimalComma);
      return n !== null ? keep(null, n) : warning('numberInvalid', s.decimalComma ? { decimalComma: 1 } : {});
    }
    case 'date': {
      const date = parseDate(value, s.dateFormat);
      return date ? keep(date.slice(0, 10), null) : warning('dateInvalid', { format: s.dateFormat });
    }
    case 'choice': {
      const choices = def.choices ?? [];
      const choice = choices.find((c) => columnKey(c) === columnKey(value));
      return choice !== undefined ? keep(choice, null) : warning('choiceUnknown', { choices: choices.join(', ') });
    }
  }
}

function tagsOutcome(names: readonly string[]): Outcome {
  const tags: { key: string; name: string }[] = [];
  const warnings: [IssueCode, Params][] = [];
  for (const name of names) {
    if (name.length > MAX_TAG_CHARS) warnings.push(['tagInvalid', { max: MAX_TAG_CHARS, tag: name }]);
    else if (!tags.some((t) => t.key === textKey(name))) tags.push({ key: textKey(name)!, name });
  }
  return { ...(tags.length ? { tags } : {}), ...(warnings.length ? { warnings } : {}) };
}

/** What a (trimmed, recoded, non-empty) value gives for its column's target. */
export function valueOutcome(handler: Handler, value: string, s: ValueSettings): Outcome {
  switch (handler.kind) {
    case 'tags':
      return tagsOutcome(value.split(/[;,|]/).map((t) => t.trim()).filter(Boolean));
    case 'tagFlag': {
      const yes = parseBoolean(value);
      return yes === null ? warning('booleanUnknown') : yes ? tagsOutcome([handler.tag]) : {};
    }
    case 'screener': {
      const answer = parseInteger(value, false);
      return answer === null || answer < SCALE_MIN || answer > SCALE_MAX ? warning('screenerOutOfScale', { min: SCALE_MIN, max: SCALE_MAX }) : { answer: [handler.item, answer] };
    }
    case 'attribute':
      return attributeOutcome(handler.def, value, s);
    case 'field':
      return fieldOutcome(handler.field, value, s);
  }
}
