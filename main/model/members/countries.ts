/**
 * Countries as members store them (ISO 3166-1 alpha-2 codes in capitals) and as people write them
 * (the code in any case, or the country's name in a language of the workbench). Built from the
 * platform's region data (Intl.DisplayNames), which Node and the browser both have, so the core's
 * filter compilation and the renderer's filter builder read a country the same way.
 */

/** The workbench's languages, whose country names are understood. */
const NAME_LANGUAGES = ['en', 'zh-CN', 'ru'] as const;

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The current code for an old or alias one (UK → GB, SU → RU); the code itself otherwise. */
const canonical = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);

/** A capital two-letter code in current use, known to the platform's region data ("ZZ" is "unknown region"). */
export const isCountryCode = (code: string): boolean =>
  /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && englishNames.of(code) !== code && canonical(code) === code;

/** Case, accents (ё/е, й/и, é/e), width and apostrophes do not tell names apart. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

let codeByName: Map<string, string> | null = null;

/** Long and short names ("United Kingdom", "UK") in every language, folded; built on first use. */
function namesIndex(): Map<string, string> {
  if (codeByName) return codeByName;
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const codes = letters.flatMap((a) => letters.map((b) => a + b)).filter(isCountryCode);
  codeByName = new Map();
  for (const language of NAME_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([language], { type: 'region', style });
      for (const code of codes) {
        const key = fold(names.of(code) ?? code);
        if (!codeByName.has(key)) codeByName.set(key, code);
      }
    }
  }
  return codeByName;
}

/**
 * Each two-letter input's answer, kept: the platform's region lookups cost about 6 µs a row, 6 s of a
 * million-member import, and there are at most 676 such inputs.
 */
const codeByTwoLetters = new Map<string, string | null>();

/** The code of the country a person wrote ("de", "Germany", "德国", "Германия" → "DE"), or null when none is called that. */
export function countryCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    let code = codeByTwoLetters.get(upper);
    if (code === undefined) {
      const current = canonical(upper);
      code = isCountryCode(current) ? current : null;
      codeByTwoLetters.set(upper, code);
    }
    if (code) return code;
  }
  return trimmed === '' ? null : (namesIndex().get(fold(trimmed)) ?? null);
}
