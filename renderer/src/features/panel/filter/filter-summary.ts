import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isCondition, type Condition, type Filter } from '@model/filter/filter';
import { usePanelData } from '../panel-data';
import { usePanelFormat } from '../panel-format';
import { isEnumField, useMemberLabels } from '../panel-labels';

/** A filter in words, e.g. "Country is one of DE, FR · Tag has vip", for the line under the toolbar. */
export function useFilterSummary(): (filter: Filter) => string {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const format = usePanelFormat();
  const { tagById } = usePanelData();

  const value = useCallback(
    (c: Condition, v: string | number | boolean) => {
      if (c.field === 'tag') return tagById.get(Number(v))?.name ?? `#${v}`;
      if (typeof v === 'boolean') return v ? t('panel.filter.yes') : t('panel.filter.no');
      if (isEnumField(c.field)) return labels.value(c.field, String(v));
      if (c.field === 'joinedAt') return format.date(String(v));
      return String(v);
    },
    [t, labels, format, tagById],
  );

  const describe = useCallback(
    (f: Filter): string => {
      if ('and' in f) return f.and.map(describe).join(` ${t('panel.filter.and')} `);
      if ('or' in f) return f.or.map(describe).join(` ${t('panel.filter.or')} `);
      if ('not' in f) return `${t('panel.filter.not')} (${describe(f.not)})`;
      if (!isCondition(f)) return '';
      const values = Array.isArray(f.value) ? f.value : f.value === null ? [] : [f.value];
      const shown = values.map((v) => value(f, v));
      const text = f.op === 'between' ? shown.join(' – ') : shown.join(', ');
      return [labels.field(f.field), t(`panel.filter.op.${f.op}`), text].filter(Boolean).join(' ');
    },
    [t, labels, value],
  );
  return describe;
}
