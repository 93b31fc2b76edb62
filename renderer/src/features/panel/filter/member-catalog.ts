import { useMemo } from 'react';
import type { FieldCatalog } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, attributeField, memberFieldCatalog, type MemberField } from '@model/panel/member-fields';
import { usePanelData } from '../panel-data';

/** The order fields are offered in the filter builder: who, where, membership, consent, tags, openness. */
const FIELD_ORDER: readonly MemberField[] = [
  'name', 'email', 'phone', 'code', 'externalId', 'country', 'city', 'gender', 'birthYear', 'ageBand', 'joinedAt', 'sourceChannel',
  'lifecycleStage', 'consentStatus', 'doNotContact', 'tag', 'openness', 'opennessAnswered', 'opennessBand',
];

/** The member filter catalog of the core (main/model/panel/member-fields.ts) with this workspace's custom attributes. */
export function useMemberCatalog(): { catalog: FieldCatalog; fields: string[] } {
  const { attributes } = usePanelData();
  return useMemo(() => {
    const catalog: FieldCatalog = { ...memberFieldCatalog };
    const fields: string[] = [...FIELD_ORDER];
    for (const a of attributes) {
      const name = `${ATTRIBUTE_PREFIX}${a.key}`;
      catalog[name] = attributeField(a.type, a.choices ?? []);
      fields.push(name);
    }
    return { catalog, fields };
  }, [attributes]);
}
