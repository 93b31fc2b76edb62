import type { i18n, ParseKeys } from 'i18next';

/**
 * Keys that arrive at run time from the core (error keys, job kinds and phases) are not known to
 * the type checker: translate them only when the resources have them, else answer null.
 */
export function translateRuntimeKey(instance: i18n, key: string, params?: Record<string, string | number>): string | null {
  return instance.exists(key) ? instance.t(key as ParseKeys, params ?? {}) : null;
}
