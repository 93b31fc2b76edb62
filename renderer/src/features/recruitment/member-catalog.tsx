import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDef } from '@api/members';
import type { Scalar } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, consentStatuses, fieldsInGroups, filterableFields, genders, lifecycleStages, opennessBands, type FilterField } from '@model/members/member-fields';
import type { SegmentField } from '@model/recruitment/segment-fields';
import { useApi } from '@renderer/api/api-context';
import { FilterVocabularyProvider, memberFilterFields, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { useAsync } from '@renderer/hooks/use-async';
import { useWorkspace } from '@renderer/shell/workspace-context';

/** The member fields in the order the filter builder offers them: what recruiters filter by most first (openness, then who they are), by group. */
const FIELD_ORDER = fieldsInGroups(filterableFields, ['openness', 'profile', 'membership', 'tags', 'consent', 'identity']);

/** The filter builder's fields and words in recruitment's terms, with what quotas and the shortlist need besides. */
export interface MemberCatalog extends FilterVocabulary {
  attributes: readonly AttributeDef[];
  /** Also for a missing value (null), which reads as "(empty)" in the shortlist and quota tables. */
  valueLabel(field: string, value: Scalar | null): string;
  /** Reads tags and attributes again (e.g. after "mark as seed users" created a tag). */
  reload(): void;
}

const MemberCatalogContext = createContext<MemberCatalog | null>(null);

/** Tags and custom attributes of the open workspace, for the filter builders (as their vocabulary) and quota fields. */
export function MemberCatalogProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useWorkspace();
  const path = info?.path ?? null;
  const loaded = useAsync(async () => {
    const [{ tags }, { attributes }] = await Promise.all([api.call('tags.list', {}), api.call('attributes.list', {})]);
    return { tags, attributes };
  }, [api, path]);
  const { reload } = loaded;
  const tags = useMemo(() => loaded.data?.tags ?? [], [loaded.data]);
  const attributes = useMemo(() => loaded.data?.attributes ?? [], [loaded.data]);

  const fieldLabel = useCallback(
    (field: string) => {
      if (field.startsWith(ATTRIBUTE_PREFIX)) return attributes.find((a) => `${ATTRIBUTE_PREFIX}${a.key}` === field)?.label ?? field;
      return isRecruitmentField(field) ? t(`recruitment.field.${field}`) : field;
    },
    [attributes, t],
  );

  const valueLabel = useCallback(
    (field: string, value: Scalar | null) => {
      if (value === null || value === '') return t('recruitment.value.empty');
      if (typeof value === 'boolean') return value ? t('recruitment.value.yes') : t('recruitment.value.no');
      const text = String(value);
      switch (field) {
        case 'gender':
          return isOneOf(text, genders) ? t(`recruitment.gender.${text}`) : text;
        case 'lifecycleStage':
          return isOneOf(text, lifecycleStages) ? t(`overview.lifecycle.stage.${text}`) : text;
        case 'consentStatus':
          return isOneOf(text, consentStatuses) ? t(`recruitment.consent.${text}`) : text;
        case 'opennessBand':
          return isOneOf(text, opennessBands) ? t(`recruitment.band.${text}`) : text;
        case 'ageGroup':
          return text === 'under 18' ? t('recruitment.value.under18') : text;
        case 'tag':
          return tags.find((tag) => tag.id === Number(value))?.name ?? `#${text}`;
        default:
          return text;
      }
    },
    [tags, t],
  );

  const value = useMemo<MemberCatalog>(
    () => ({ ...memberFilterFields(attributes, FIELD_ORDER), tags, attributes, fieldLabel, valueLabel, reload }),
    [attributes, tags, fieldLabel, valueLabel, reload],
  );

  return (
    <MemberCatalogContext value={value}>
      <FilterVocabularyProvider value={value}>{children}</FilterVocabularyProvider>
    </MemberCatalogContext>
  );
}

/** The fields recruitment names in its own words: the filterable member fields and the derived age group. */
const isRecruitmentField = (field: string): field is FilterField | SegmentField => (filterableFields as readonly string[]).includes(field) || field === 'ageGroup';

function isOneOf<T extends string>(value: string, values: readonly T[]): value is T {
  return (values as readonly string[]).includes(value);
}

export function useMemberCatalog(): MemberCatalog {
  const value = useContext(MemberCatalogContext);
  if (!value) throw new Error('useMemberCatalog needs a <MemberCatalogProvider>.');
  return value;
}
