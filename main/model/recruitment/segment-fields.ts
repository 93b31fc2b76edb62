import { ATTRIBUTE_PREFIX } from '../members/member-fields';

/**
 * Member fields a quota can split by. ageGroup is derived: the stored age band, else a ten-year
 * group from the birth year (see age-groups.ts). Custom attributes (attr:<key>) qualify too.
 */
export const segmentFields = ['country', 'city', 'gender', 'ageGroup', 'ageBand', 'lifecycleStage', 'sourceChannel', 'opennessBand'] as const;

export const isSegmentField = (field: string) => (segmentFields as readonly string[]).includes(field) || field.startsWith(ATTRIBUTE_PREFIX);
