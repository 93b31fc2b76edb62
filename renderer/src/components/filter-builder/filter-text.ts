import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isCondition, type Condition, type FieldType, type Filter, type Operator, type Scalar } from '@model/filter/filter';
import { useFilterVocabulary } from './filter-vocabulary';

/** A comparison in words; a date is before or after, not less or more. */
export const operatorText = (t: TFunction, type: FieldType | undefined, op: Operator): string =>
  type === 'date' && (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') ? t(`filter.opDate.${op}`) : t(`filter.op.${op}`);

/**
 * A filter in words ("Openness score is at least 3.50 and Country is one of CN, US"), for the line
 * under the members toolbar, campaign rules and quota segments. Nested groups get parentheses.
 */
export function useFilterText(): (filter: Filter | null) => string {
  const { t, i18n } = useTranslation();
  const { catalog, fieldLabel, valueLabel } = useFilterVocabulary();
  const locale = i18n.language;
  const formats = useMemo(
    () => ({
      // Days are calendar days, not instants: formatted in UTC so no time zone moves them.
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      // Years and counts read without digit grouping (1985, not 1,985).
      number: new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }),
      // Openness scores with two decimals, as everywhere else they are shown.
      score: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    }),
    [locale],
  );

  return useCallback(
    (filter: Filter | null) => {
      const value = (c: Condition, v: Scalar) => {
        const type = catalog[c.field]?.type;
        if (type === 'number' && typeof v === 'number') return (c.field === 'openness' ? formats.score : formats.number).format(v);
        const day = type === 'date' && typeof v === 'string' ? new Date(v.length === 10 ? `${v}T00:00:00Z` : v) : null;
        return day && !Number.isNaN(day.getTime()) ? formats.date.format(day) : valueLabel(c.field, v);
      };
      const condition = (c: Condition) => {
        const op = operatorText(t, catalog[c.field]?.type, c.op);
        const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
        if (c.op === 'isEmpty' || c.op === 'notEmpty') return `${fieldLabel(c.field)} ${op}`;
        if (c.op === 'between') return `${fieldLabel(c.field)} ${op} ${t('filter.range', { from: value(c, values[0]!), to: value(c, values[1]!) })}`;
        return `${fieldLabel(c.field)} ${op} ${values.map((v) => value(c, v)).join(t('filter.listSeparator'))}`;
      };
      const walk = (f: Filter, nested: boolean): string => {
        if (isCondition(f)) return condition(f);
        if ('not' in f) return t('filter.not', { text: walk(f.not, true) });
        const list = 'and' in f ? f.and : f.or;
        if (list.length === 0) return 'and' in f ? t('filter.everyone') : t('filter.nobody');
        const text = list.map((g) => walk(g, true)).join(` ${t('and' in f ? 'filter.and' : 'filter.or')} `);
        return nested && list.length > 1 ? `(${text})` : text;
      };
      return filter === null ? t('filter.everyone') : walk(filter, false);
    },
    [t, catalog, fieldLabel, valueLabel, formats],
  );
}
