import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scalar } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, consentStatuses, genders, lifecycleStages, opennessBands } from '@model/members/member-fields';
import { AGE_GROUPS } from '@model/recruitment/age-groups';
import { memberEn } from '@renderer/i18n/locales/member/en';
import { useMemberVocabulary } from './member-vocabulary';

/** A member field with a label of its own: member.field.<field> in the member locale group. */
export type LabelledField = keyof typeof memberEn.field;
const isLabelledField = (field: string): field is LabelledField => Object.hasOwn(memberEn.field, field);

type EnumField = 'gender' | 'lifecycleStage' | 'consentStatus' | 'opennessBand';

const enumValues: Record<EnumField, readonly string[]> = {
  gender: genders,
  lifecycleStage: lifecycleStages,
  consentStatus: consentStatuses,
  opennessBand: opennessBands,
};

export const isEnumField = (field: string): field is EnumField => Object.hasOwn(enumValues, field);

const UNDER_18 = AGE_GROUPS[0]!.label;

/**
 * Member field names and values in the active language, the same in every area: fields from the
 * member locale group, custom attributes by their own label, tags by name.
 */
export function useMemberLabels() {
  const { t } = useTranslation();
  const { attributes, tagById } = useMemberVocabulary();

  const field = useCallback(
    (name: string): string => {
      if (name.startsWith(ATTRIBUTE_PREFIX)) return attributes.find((a) => `${ATTRIBUTE_PREFIX}${a.key}` === name)?.label ?? name.slice(ATTRIBUTE_PREFIX.length);
      return isLabelledField(name) ? t(`member.field.${name}`) : name;
    },
    [t, attributes],
  );

  /** A value of a field with a fixed set of values; one outside the set as it is. */
  const value = useCallback(
    (name: EnumField, v: string): string => {
      if (!enumValues[name].includes(v)) return v;
      switch (name) {
        case 'gender':
          return t(`member.gender.${v as (typeof genders)[number]}`);
        case 'lifecycleStage':
          return t(`member.lifecycleStage.${v as (typeof lifecycleStages)[number]}`);
        case 'consentStatus':
          return t(`member.consentStatus.${v as (typeof consentStatuses)[number]}`);
        case 'opennessBand':
          return t(`member.opennessBand.${v as (typeof opennessBands)[number]}`);
      }
    },
    [t],
  );

  /** Any stored value as a person reads it: yes / no, tag names, enum words, "(empty)" for none. */
  const scalar = useCallback(
    (name: string, v: Scalar | null): string => {
      if (v === null || v === '') return t('member.value.empty');
      if (typeof v === 'boolean') return v ? t('member.value.yes') : t('member.value.no');
      if (name === 'tag') return tagById.get(Number(v))?.name ?? `#${v}`;
      if (name === 'ageGroup' && v === UNDER_18) return t('member.ageGroup.under18');
      return isEnumField(name) ? value(name, String(v)) : String(v);
    },
    [t, tagById, value],
  );

  return useMemo(() => ({ field, value, scalar }), [field, value, scalar]);
}
