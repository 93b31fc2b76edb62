import type { ReactNode } from 'react';
import type { MemberField } from '@model/panel/member-fields';
import { FilterVocabularyProvider } from '@renderer/components/filter-builder/filter-vocabulary';
import { useMemberFilterVocabulary } from '@renderer/members/member-filter-vocabulary';

/** The order the panel offers fields in: who, where, membership, consent, tags, openness (as on a member's page). */
const FIELD_ORDER: readonly MemberField[] = [
  'name', 'email', 'phone', 'code', 'externalId', 'country', 'city', 'gender', 'birthYear', 'ageBand', 'joinedAt', 'sourceChannel',
  'lifecycleStage', 'consentStatus', 'doNotContact', 'tag', 'openness', 'opennessAnswered', 'opennessBand',
];

/** The filter builder's fields and words in the panel's terms: the same names as the members table's columns. */
export function PanelFilterVocabulary({ children }: { children: ReactNode }) {
  return <FilterVocabularyProvider value={useMemberFilterVocabulary(FIELD_ORDER)}>{children}</FilterVocabularyProvider>;
}
