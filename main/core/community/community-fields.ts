import { rfmGroupValues } from '@model/community/rfm';
import { lifecycleStages } from '@model/members/member-fields';
import { registerFieldSource, type SourcedField } from '../members/field-sources';

/** Where a member's lifecycle stage comes from: set by hand or import (override), derived by the rules, or neither. */
const stageSources = ['override', 'derived', 'none'] as const;

const derived = (column: string) => `(SELECT c.${column} FROM member_community c WHERE c.member_id = m.id)`;

/**
 * lifecycle:stage (the member's own stage where set, else the derived one), lifecycle:derived and
 * lifecycle:source; rfm:group and rfm:r/f/m. Read from member_community, which the rules fill
 * (core/community/derive.ts), so filters, segments and crosstabs can use them.
 */
const LIFECYCLE_FIELDS: Record<string, SourcedField> = {
  'lifecycle:stage': { spec: { type: 'enum', values: lifecycleStages }, sql: { expr: `coalesce(m.lifecycle_stage, ${derived('derived_stage')})` } },
  'lifecycle:derived': { spec: { type: 'enum', values: lifecycleStages }, sql: { expr: derived('derived_stage') } },
  'lifecycle:source': {
    spec: { type: 'enum', values: stageSources },
    sql: { expr: `CASE WHEN m.lifecycle_stage IS NOT NULL THEN 'override' WHEN ${derived('derived_stage')} IS NOT NULL THEN 'derived' ELSE 'none' END` },
  },
};

const RFM_FIELDS: Record<string, SourcedField> = {
  'rfm:group': { spec: { type: 'enum', values: rfmGroupValues }, sql: { expr: derived('rfm_group') } },
  'rfm:r': { spec: { type: 'number' }, sql: { expr: derived('rfm_r') } },
  'rfm:f': { spec: { type: 'number' }, sql: { expr: derived('rfm_f') } },
  'rfm:m': { spec: { type: 'number' }, sql: { expr: derived('rfm_m') } },
};

registerFieldSource({ prefix: 'lifecycle:', catalog: () => Promise.resolve(LIFECYCLE_FIELDS) });
registerFieldSource({ prefix: 'rfm:', catalog: () => Promise.resolve(RFM_FIELDS) });
