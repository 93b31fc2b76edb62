/**
 * A member's language as a BCP 47 tag (en, zh-CN, ru, sr-Latn-RS). Well-formed tags are accepted
 * in any case and stored in their canonical form (zh-cn → zh-CN), so filters and exports compare
 * one spelling.
 */

/** What is expected, in the words of a validation error. */
export const LANGUAGE_TAG_EXPECTED = 'expected a BCP 47 language tag such as en, zh-CN or ru';

/** The most characters a stored tag takes (language, script, region and a variant or two). */
export const LANGUAGE_TAG_MAX = 35;

/** The canonical form of a well-formed BCP 47 tag; null for anything else (en_US, English, a blank). */
export function canonicalLanguageTag(text: string): string | null {
  // Intl accepts the "root" and extension forms too; a member's language is letters and digits in hyphenated subtags.
  if (text.length > LANGUAGE_TAG_MAX || !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(text)) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    return null;
  }
}
