import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_PREFIX, consentStatuses, genders, isMemberField, lifecycleStages, memberFieldDef, opennessBands, type MemberField } from '@model/members/member-fields';
import type { Translations } from '@renderer/i18n/locales/en';
import { usePanelData } from './panel-data';

/** Names with a label: the member fields (by their labelKey), and the tags column and custom attributes section. */
export type LabelledField = MemberField | 'tags' | 'attributes';

/** A member field's name (the member-field table's labelKey, in the member locale group). */
const fieldKey = (field: MemberField) => memberFieldDef(field).labelKey as `member.field.${keyof Translations['member']['field']}`;

type EnumField = 'gender' | 'lifecycleStage' | 'consentStatus' | 'opennessBand';

const enumValues: Record<EnumField, readonly string[]> = {
  gender: genders,
  lifecycleStage: lifecycleStages,
  consentStatus: consentStatuses,
  opennessBand: opennessBands,
};

export const isEnumField = (field: string): field is EnumField => Object.hasOwn(enumValues, field);

/** Field names and enum values in the active language; custom attributes by their own label. */
export function useMemberLabels() {
  const { t } = useTranslation();
  const { attributes } = usePanelData();

  const field = useCallback(
    (name: string): string => {
      if (name.startsWith(ATTRIBUTE_PREFIX)) return attributes.find((a) => `${ATTRIBUTE_PREFIX}${a.key}` === name)?.label ?? name.slice(ATTRIBUTE_PREFIX.length);
      return isMemberField(name) ? t(fieldKey(name)) : t(`panel.field.${name as 'tags' | 'attributes'}`);
    },
    [t, attributes],
  );

  const value = useCallback(
    (name: EnumField, v: string): string => {
      if (!enumValues[name].includes(v)) return v;
      switch (name) {
        case 'gender':
          return t(`panel.gender.${v as (typeof genders)[number]}`);
        case 'lifecycleStage':
          return t(`overview.lifecycle.stage.${v as (typeof lifecycleStages)[number]}`);
        case 'consentStatus':
          return t(`panel.consent.${v as (typeof consentStatuses)[number]}`);
        case 'opennessBand':
          return t(`panel.band.${v as (typeof opennessBands)[number]}`);
      }
    },
    [t],
  );

  return useMemo(() => ({ field, value }), [field, value]);
}
