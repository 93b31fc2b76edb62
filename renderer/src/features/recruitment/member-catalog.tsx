import type { ReactNode } from 'react';
import { fieldsInGroups, filterableFields } from '@model/members/member-fields';
import { FilterVocabularyProvider } from '@renderer/components/filter-builder/filter-vocabulary';
import { useMemberFilterVocabulary } from '@renderer/members/member-filter-vocabulary';
import { MemberVocabularyProvider } from '@renderer/members/member-vocabulary';

/** The member fields in the order the filter builder offers them: what recruiters filter by most first (openness, then who they are), by group. */
const FIELD_ORDER = fieldsInGroups(filterableFields, ['openness', 'profile', 'membership', 'tags', 'consent', 'identity']);

/**
 * The workspace's member vocabulary (tags and attributes, shared with the other areas) for
 * recruitment's pages, and the filter builders' fields in recruitment's order.
 */
export function MemberCatalogProvider({ children }: { children: ReactNode }) {
  return (
    <MemberVocabularyProvider>
      <RecruitmentFilterVocabulary>{children}</RecruitmentFilterVocabulary>
    </MemberVocabularyProvider>
  );
}

function RecruitmentFilterVocabulary({ children }: { children: ReactNode }) {
  return <FilterVocabularyProvider value={useMemberFilterVocabulary(FIELD_ORDER)}>{children}</FilterVocabularyProvider>;
}
