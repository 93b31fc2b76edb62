import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@renderer/api';
import { createFormatters } from './format';
import { translateRuntimeKey } from './runtime-keys';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The core's message in the user's language when it sent an i18n key we have, else as sent. */
export function useErrorText(): (err: unknown) => string {
  const { i18n } = useTranslation();
  const { language } = i18n;
  return useCallback(
    (err: unknown) => {
      const error = ApiError.from(err);
      if (!error.key) return error.message;
      const format = createFormatters(language);
      const params = Object.fromEntries(
        Object.entries(error.params ?? {}).map(([name, value]) => [
          name,
          typeof value === 'string' && ISO_DATE_TIME.test(value) ? format.dateTime(value) : value,
        ]),
      );
      return translateRuntimeKey(i18n, error.key, params) ?? error.message;
    },
    [i18n, language],
  );
}
