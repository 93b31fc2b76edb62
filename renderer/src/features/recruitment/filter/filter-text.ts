import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isCondition, type Condition, type Filter, type Scalar } from '@model/filter/filter';
import { useRecruitmentFormat } from '../recruitment-format';
import { useMemberCatalog } from '../member-catalog';

/**
 * A filter in words ("Openness score is at least 3.50 and Country is one of CN, US"), for campaign
 * rules and quota segments shown outside the builder. Nested groups get parentheses.
 */
export function useFilterText(): (filter: Filter | null) => string {
  const { t } = useTranslation();
  const { fieldLabel, valueLabel } = useMemberCatalog();
  const format = useRecruitmentFormat();

  return useCallback(
    (filter: Filter | null) => {
      const value = (c: Condition, v: Scalar) => (c.field === 'openness' && typeof v === 'number' ? format.score(v) : valueLabel(c.field, v));
      const condition = (c: Condition) => {
        const op = t(`recruitment.op.${c.op}`);
        const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
        if (c.op === 'isEmpty' || c.op === 'notEmpty') return `${fieldLabel(c.field)} ${op}`;
        if (c.op === 'between') return `${fieldLabel(c.field)} ${op} ${t('recruitment.filter.range', { from: value(c, values[0]!), to: value(c, values[1]!) })}`;
        return `${fieldLabel(c.field)} ${op} ${values.map((v) => value(c, v)).join(t('recruitment.filter.listSeparator'))}`;
      };
      const walk = (f: Filter, nested: boolean): string => {
        if (isCondition(f)) return condition(f);
        if ('not' in f) return t('recruitment.filter.not', { text: walk(f.not, true) });
        const list = 'and' in f ? f.and : f.or;
        if (list.length === 0) return 'and' in f ? t('recruitment.filter.everyone') : t('recruitment.filter.nobody');
        const text = list.map((g) => walk(g, true)).join(t('and' in f ? 'recruitment.filter.and' : 'recruitment.filter.or'));
        return nested && list.length > 1 ? `(${text})` : text;
      };
      return filter === null ? t('recruitment.filter.everyone') : walk(filter, false);
    },
    [t, fieldLabel, valueLabel, format],
  );
}
