/**
 * The formula-injection guard of the CSV files the workbench writes (OWASP "CSV Injection"): a cell
 * whose text a spreadsheet could take for a formula is written with a leading apostrophe, so an
 * answer such as `=HYPERLINK(…)` or `+cmd|…` shows as the text it is on a colleague's machine and
 * never runs.
 *
 * The rule, in order (leading apostrophes are looked through first, see needsGuardMark):
 * 1. a text that starts with a tab, carriage return, line feed or NUL is guarded (spreadsheets skip
 *    such characters before they look for a formula sign; papaparse's escapeFormulae misses the line feed);
 * 2. a text that is a plain negative number (`-3`, `-2.5`, `-2,5`) is left alone: Excel and
 *    LibreOffice read it as that number, never as a formula, and marking it would spoil an answer;
 * 3. a text whose first character after any spaces (spaces, no-break and ideographic spaces) is
 *    `=`, `+`, `-`, `@` or a full-width `＝＋－＠` is guarded, whatever follows, line breaks included:
 *    `+44 20 7946 0958` is guarded (a phone number is not a number), and so is `-3+2`.
 * Numbers the app writes as numbers are never guarded (they are formatted, see csv-numbers.ts).
 */

/** What the guard puts before a hostile cell's text. */
const GUARD_MARK = "'";

// eslint-disable-next-line no-control-regex -- a cell starting with NUL is one the guard must catch
const CONTROL_START = /^[\t\r\n\u0000]/;
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)?$/;
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const LEADING_MARKS = /^'+/;

/**
 * Whether the guard marks this text. Leading apostrophes are looked through, so a text that really
 * starts with `'=` is marked too (`''=…`): that keeps unguard exact, since a mark is then removed only
 * where the guard would have put one.
 */
function needsGuardMark(text: string): boolean {
  const rest = text.replace(LEADING_MARKS, '');
  if (CONTROL_START.test(rest)) return true;
  if (PLAIN_NEGATIVE_NUMBER.test(rest)) return false;
  return FORMULA_START.test(rest);
}

/** The cell's text as the guard writes it. */
export const guardCell = (text: string): string => (needsGuardMark(text) ? GUARD_MARK + text : text);

/**
 * The value a guarded cell held: the leading mark is removed only when the rest is a text the guard
 * would have marked. So `'=1+2` reads back as `=1+2`, while `'quoted'` and `'-3` stay as they are,
 * and a value that genuinely starts with `'=` (written `''=…`) reads back with its own apostrophe.
 */
export const unguard = (value: string): string => (value.startsWith(GUARD_MARK) && needsGuardMark(value.slice(1)) ? value.slice(1) : value);
