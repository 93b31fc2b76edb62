import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_PREFIX, consentStatuses, genders, lifecycleStages, opennessBands, type MemberField } from '@model/panel/member-fields';
import { usePanelData } from './panel-data';

/** Member fields with a label: the filter catalog's, the detail page's extra ones, and the tags column. */
export type LabelledField = MemberField | 'consentDate' | 'consentScope' | 'notes' | 'tags' | 'attributes';

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
      return t(`panel.field.${name as LabelledField}`);
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
