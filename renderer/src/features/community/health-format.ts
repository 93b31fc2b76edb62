import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import type { MethodOutput } from '@api/index';
import { useFormat } from '@renderer/i18n/format';

export type Health = MethodOutput<'analysis.health'>;
type How = Health['how'][keyof Health['how']];

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Days in the active language (the API's days are UTC dates), and a measure's explanation with the days it covers. */
export function useHealthText() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const day = (iso: string) => long.format(utcDay(iso));
    const period = (p: { from: string; to: string; days?: number }) =>
      p.from === p.to ? t('health.asOf', { date: day(p.from) }) : `${day(p.from)} – ${day(p.to)}`;
    return {
      day,
      shortDay: (iso: string) => short.format(utcDay(iso)),
      period,
      /** The core's i18n key with its parameters (health.how.*), numbers written in the active language. */
      how: (how: How) => {
        const params: How['params'] = Object.fromEntries(Object.entries(how.params).map(([k, v]) => [k, typeof v === 'number' ? format.count(v) : v]));
        return t(how.key as ParseKeys, params) as string;
      },
    };
  }, [t, i18n.language, format]);
}
