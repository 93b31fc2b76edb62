import type { ReactNode } from 'react';
import { filterableFields } from '@model/members/member-fields';
import { FilterVocabularyProvider } from '@renderer/components/filter-builder/filter-vocabulary';
import { useMemberFilterVocabulary } from '@renderer/members/member-filter-vocabulary';

/**
 * The filter builder's fields and words in the panel's terms: the same names as the members table's
 * columns, in the member-field table's order (who, where, membership, consent, tags, openness, as on a
 * member's page).
 */
export function PanelFilterVocabulary({ children }: { children: ReactNode }) {
  return <FilterVocabularyProvider value={useMemberFilterVocabulary(filterableFields)}>{children}</FilterVocabularyProvider>;
}
