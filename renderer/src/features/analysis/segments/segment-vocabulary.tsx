import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { segmentField } from '@model/analysis/segment-refs';
import { filterableFields } from '@model/members/member-fields';
import { FilterVocabularyProvider } from '@renderer/components/filter-builder/filter-vocabulary';
import { useMemberFilterVocabulary } from '@renderer/members/member-filter-vocabulary';

export type Segment = MethodOutput<'segments.list'>['segments'][number];

/**
 * The filter builder's fields for a segment: every member field the panel filters by, then the
 * other saved segments as yes/no fields ("In segment “Women”"), so a segment can build on others.
 */
export function SegmentVocabulary({ segments, editing, children }: { segments: readonly Segment[]; editing: number | null; children: ReactNode }) {
  const { t } = useTranslation();
  const base = useMemberFilterVocabulary(filterableFields);
  const value = useMemo(() => {
    const others = segments.filter((s) => s.id !== editing);
    const names = new Map(others.map((s) => [segmentField(s.id), s.name]));
    const catalog = { ...base.catalog };
    for (const name of names.keys()) catalog[name] = { type: 'boolean' as const };
    return {
      ...base,
      catalog,
      fields: [...base.fields, ...names.keys()],
      fieldLabel: (field: string) => (names.has(field) ? t('analysis.segments.segmentField', { name: names.get(field)! }) : base.fieldLabel(field)),
    };
  }, [base, segments, editing, t]);
  return <FilterVocabularyProvider value={value}>{children}</FilterVocabularyProvider>;
}
