import { useMemo } from 'react';
import type { MemberField } from '@model/members/member-fields';
import { memberFilterFields, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { useMemberLabels } from './member-labels';
import { useMemberVocabulary } from './member-vocabulary';

/**
 * The filter builder's vocabulary for members: the core's field catalog with the workspace's custom
 * attributes and tags, in the member words every area shares; each area gives the order it offers
 * the fields in.
 */
export function useMemberFilterVocabulary(order: readonly MemberField[]): FilterVocabulary {
  const { tags, attributes } = useMemberVocabulary();
  const labels = useMemberLabels();
  return useMemo(() => ({ ...memberFilterFields(attributes, order), tags, fieldLabel: labels.field, valueLabel: labels.scalar }), [attributes, order, tags, labels]);
}
