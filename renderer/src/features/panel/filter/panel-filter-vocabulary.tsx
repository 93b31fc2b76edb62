import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { filterableFields } from '@model/members/member-fields';
import { FilterVocabularyProvider, memberFilterFields, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { usePanelData } from '../panel-data';
import { isEnumField, useMemberLabels } from '../panel-labels';

/** The filter builder's fields and words in the panel's terms: the same names as the members table's columns. */
export function PanelFilterVocabulary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { tags, tagById, attributes } = usePanelData();
  const labels = useMemberLabels();
  const value = useMemo<FilterVocabulary>(
    () => ({
      // In the member-field table's order: who, where, membership, consent, tags, openness (as on a member's page).
      ...memberFilterFields(attributes, filterableFields),
      tags,
      fieldLabel: labels.field,
      valueLabel: (field, v) => {
        if (typeof v === 'boolean') return v ? t('panel.filter.yes') : t('panel.filter.no');
        if (field === 'tag') return tagById.get(Number(v))?.name ?? `#${v}`;
        return isEnumField(field) ? labels.value(field, String(v)) : String(v);
      },
    }),
    [t, tags, tagById, attributes, labels],
  );
  return <FilterVocabularyProvider value={value}>{children}</FilterVocabularyProvider>;
}
