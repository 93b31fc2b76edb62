import { foldText } from '../fold-text';
/** The tag "Mark as seed users" uses unless the user names another, in each language of the UI. */
export const SEED_TAG_NAMES = { en: 'seed user', 'zh-CN': '种子用户', ru: 'ранний пользователь' } as const;
export type SeedTagLanguage = keyof typeof SEED_TAG_NAMES;
export const seedTagLanguages = Object.keys(SEED_TAG_NAMES) as [SeedTagLanguage, ...SeedTagLanguage[]];

/** The seed tag's language for a UI language tag (zh-Hans → zh-CN); English for any other. */
export function seedTagLanguage(uiLanguage: string): SeedTagLanguage {
  if (uiLanguage.startsWith('zh')) return 'zh-CN';
  if (uiLanguage.startsWith('ru')) return 'ru';
  return 'en';
}


/**
 * The default seed tag: one the workspace already has (named in this language first, then in any
 * other, so a panel whose seed users were marked in English keeps them under one tag when someone
 * marks more in Chinese), else this language's name. `tagNames` are the workspace's tags.
 */
export function defaultSeedTag(language: SeedTagLanguage, tagNames: readonly string[]): string {
  const stored = new Map(tagNames.map((name) => [foldText(name), name]));
  const preferred = [SEED_TAG_NAMES[language], ...Object.values(SEED_TAG_NAMES)];
  for (const name of preferred) {
    const existing = stored.get(foldText(name));
    if (existing !== undefined) return existing;
  }
  return SEED_TAG_NAMES[language];
}
