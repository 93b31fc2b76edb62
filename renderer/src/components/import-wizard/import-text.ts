import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';

interface KeyedMessage {
  message: string;
  key: string;
  params: Record<string, string | number>;
  /** Where the column is shown beside the message, the core's "Column 'x': " lead is left out. */
  column?: string | null;
}

/**
 * An import problem, warning or rejection in the user's language. The core writes its messages in
 * English for people, with details no key carries (e.g. which header fields look joined), so
 * English shows them as they are; other languages show our translation of the key when we have one.
 */
export function useImportText(): (m: KeyedMessage) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (m: KeyedMessage) => {
      const translated = i18n.resolvedLanguage === 'en' ? null : translateRuntimeKey(i18n, m.key, m.params);
      if (translated !== null) return translated;
      const lead = m.column ? `Column '${m.column}': ` : null;
      return lead && m.message.startsWith(lead) ? m.message.slice(lead.length) : m.message;
    },
    [i18n],
  );
}
