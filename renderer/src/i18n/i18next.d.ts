import 'i18next';
import type { Translations } from './locales/en';

// Typed keys: t('overview.titel') is a compile error, and so is a missing interpolation value.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}
