/** The languages of the switch, each labelled in its own language. */
export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
  { code: 'ru', label: 'Русский' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const isLanguageCode = (code: string | null): code is LanguageCode => languages.some((l) => l.code === code);

/** The best of our languages for a browser's preference list (navigator.languages). */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh-CN';
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}
