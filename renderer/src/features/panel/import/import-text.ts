import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';

interface KeyedMessage {
  message: string;
  key: string;
  params: Record<string, string | number>;
}

/**
 * An import problem, warning or rejection in the user's language. The core writes its messages in
 * English for people, with details no key carries (e.g. which header fields look joined), so
 * English shows them as they are; other languages show our translation of the key when we have one.
 */
export function useImportText(): (m: KeyedMessage) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (m: KeyedMessage) => (i18n.resolvedLanguage === 'en' ? m.message : (translateRuntimeKey(i18n, m.key, m.params) ?? m.message)),
    [i18n],
  );
}
