import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguageCode, matchLanguage, type LanguageCode } from './languages';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { zhCN } from './locales/zh-CN';

const STORAGE_KEY = 'workbench.language';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
  ru: { translation: ru },
};

const chosenLanguage = (): LanguageCode => {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguageCode(stored) ? stored : matchLanguage(navigator.languages);
};

/** The page follows the language: <html lang> (fonts, screen readers, hyphenation) and the title. */
const applyToDocument = (instance: i18n) => {
  document.documentElement.lang = instance.language;
  document.title = instance.t('app.name');
};

/** Initialises i18next synchronously with all three languages bundled (they are small). */
export function initI18n(): i18n {
  void i18next.use(initReactI18next).init({
    resources,
    lng: chosenLanguage(),
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    load: 'currentOnly',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  applyToDocument(i18next);
  i18next.on('languageChanged', (language) => {
    localStorage.setItem(STORAGE_KEY, language);
    applyToDocument(i18next);
  });
  return i18next;
}
