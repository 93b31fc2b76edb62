import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberField } from '@model/panel/member-fields';
import { FilterVocabularyProvider, memberFilterFields, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { usePanelData } from '../panel-data';
import { isEnumField, useMemberLabels } from '../panel-labels';

/** The order the panel offers fields in: who, where, membership, consent, tags, openness (as on a member's page). */
const FIELD_ORDER: readonly MemberField[] = [
  'name', 'email', 'phone', 'code', 'externalId', 'country', 'city', 'gender', 'birthYear', 'ageBand', 'joinedAt', 'sourceChannel',
  'lifecycleStage', 'consentStatus', 'doNotContact', 'tag', 'openness', 'opennessAnswered', 'opennessBand',
];

/** The filter builder's fields and words in the panel's terms: the same names as the members table's columns. */
export function PanelFilterVocabulary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { tags, tagById, attributes } = usePanelData();
  const labels = useMemberLabels();
  const value = useMemo<FilterVocabulary>(
    () => ({
      ...memberFilterFields(attributes, FIELD_ORDER),
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
