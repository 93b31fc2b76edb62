import type { ImportResult } from '@api/member-import';
import { columnMessage, issueParams, readIssueTexts, rejectionMaker, type IssueParams as Params } from '../../files/csv-import/row-issues';

/** What each row-level problem says. Errors reject the row; warnings leave the value empty and keep the row. */
const texts = {
  // errors
  ...readIssueTexts,
  invalidEmail: (p: Params) => `'${p.value}' is not an email address.`,
  languageInvalid: (p: Params) => `'${p.value}' is not a language tag (expected BCP 47, such as en, zh-CN or ru).`,
  emptyRow: () => 'None of the mapped columns has a value.',
  controlChar: (p: Params) => `Contains the control character ${p.char}, which no member field may hold; remove it.`,
  externalIdTaken: (p: Params) => `External id '${p.value}' already belongs to member ${p.code}; 'keep both' cannot give two members the same external id.`,
  // warnings
  ageImplausible: (p: Params) => `Age '${p.value}' is not plausible (expected a whole number from ${p.min} to ${p.max}${p.hint ? `; ${p.hint}` : ''}); left empty.`,
  birthYearImplausible: (p: Params) => `Birth year '${p.value}' is not plausible (expected ${p.min}–${p.max}); left empty.`,
  countryUnknown: (p: Params) => `'${p.value}' is neither a country code (ISO 3166) nor a country name; left empty.`,
  genderUnknown: (p: Params) => `'${p.value}' is not a gender (female, male, other, undisclosed); left empty. Recode it in the mapping.`,
  stageUnknown: (p: Params) => `'${p.value}' is not a lifecycle stage (acquisition, activation, retention, monetization); left empty.`,
  consentUnknown: (p: Params) => `'${p.value}' is not a consent status (granted, withdrawn, unknown); left as unknown.`,
  booleanUnknown: (p: Params) => `'${p.value}' is neither yes nor no; left empty.`,
  dateInvalid: (p: Params) => `'${p.value}' is not a date in the format ${p.format}; left empty.`,
  numberInvalid: (p: Params) => `'${p.value}' is not a number${p.decimalComma ? ' (decimal comma)' : ''}; left empty.`,
  choiceUnknown: (p: Params) => `'${p.value}' is not one of the choices (${p.choices}); left empty.`,
  phoneInvalid: (p: Params) => `'${p.value}' is not a phone number; left empty.`,
  screenerOutOfScale: (p: Params) => `'${p.value}' is outside the answer scale ${p.min}–${p.max}; counted as missing.`,
  tagInvalid: (p: Params) => `'${p.tag ?? p.value}' cannot be a tag name (1–${p.max} characters); not applied.`,
  // skipped rows
  duplicateOfMember: () => 'Skipped: a member with the same external id or email is already in the panel.',
  duplicateInFile: () => 'Skipped: repeats the external id or email of an earlier row of this file (two rows never make or update one member).',
  sameMemberInFile: () => 'Skipped: an earlier row of this file already updates the same member.',
  externalIdKept: (p: Params) => `External id '${p.value}' was not applied: ${p.reason}.`,
} as const;

export type IssueCode = keyof typeof texts;

const issueText = (code: IssueCode, params: Params) => texts[code](params);

type Warning = ImportResult['warnings'][number];

const ROWS_KEPT = 50;
const groupId = (column: string | null, code: IssueCode, value: string | null) => `${column ?? ''}\u0000${code}\u0000${value ?? ''}`;
const GROUPS_KEPT = 500;

/**
 * Warnings grouped by column, kind and value ("'(nu' is not an ISO country code", 369 rows), each
 * with the first rows it occurred in. Groups beyond GROUPS_KEPT are only counted.
 */
export class WarningLog {
  private readonly groups = new Map<string, Warning>();
  total = 0;

  add(row: number, column: string | null, code: IssueCode, value: string | null, params: Params = {}): void {
    this.total++;
    const id = groupId(column, code, value);
    let group = this.groups.get(id);
    if (!group) {
      if (this.groups.size >= GROUPS_KEPT) return;
      const all = issueParams(column, value, params);
      group = { column, code, value, count: 0, rows: [], message: columnMessage(column, issueText(code, all)), key: `import.issue.${code}`, params: all };
      this.groups.set(id, group);
    }
    group.count++;
    if (group.rows.length < ROWS_KEPT) group.rows.push(row);
  }

  /** A warning counted elsewhere (in SQL): its total and first rows. */
  addGroup(column: string | null, code: IssueCode, value: string | null, count: number, rows: readonly number[]): void {
    rows.forEach((row) => this.add(row, column, code, value));
    const group = this.groups.get(groupId(column, code, value));
    if (group) group.count += count - rows.length;
    this.total += count - rows.length;
  }

  list(): Warning[] {
    return [...this.groups.values()];
  }
}

export const rejection = rejectionMaker(texts, 'import.issue');
