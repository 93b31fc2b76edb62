/**
 * Member words every area shares: the field names (member.field.<field>, the label key of each field
 * in main/model's member field table), the words for the values of the member fields with a fixed
 * set of values, yes / no / empty, and the name shown for a member without one. zh-CN and ru have
 * exactly these keys.
 */
export const memberEn = {
  field: {
    code: 'Member code',
    externalId: 'External id',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    country: 'Country',
    language: 'Language',
    city: 'City',
    gender: 'Gender',
    birthYear: 'Birth year',
    ageBand: 'Age band',
    ageGroup: 'Age group',
    joinedAt: 'Joined',
    sourceChannel: 'Source channel',
    lifecycleStage: 'Lifecycle stage',
    consentStatus: 'Consent',
    consentDate: 'Consent date',
    consentScope: 'Consent scope',
    doNotContact: 'Do not contact',
    notes: 'Notes',
    tag: 'Tag',
    tags: 'Tags',
    attributes: 'Custom attributes',
    openness: 'Openness',
    opennessAnswered: 'Openness items answered',
    opennessBand: 'Openness band',
    uid: 'Stable id',
  },
  gender: { female: 'Female', male: 'Male', other: 'Other', undisclosed: 'Prefers not to say' },
  lifecycleStage: { acquisition: 'Acquisition', activation: 'Activation', retention: 'Retention', monetization: 'Monetization' },
  consentStatus: { granted: 'Granted', withdrawn: 'Withdrawn', unknown: 'Unknown' },
  opennessBand: { low: 'Low', mid: 'Mid', high: 'High' },
  /** Derived ten-year groups (model/recruitment/age-groups.ts) are numbers but for the youngest. */
  ageGroup: { under18: 'Under 18' },
  value: { yes: 'Yes', no: 'No', empty: '(empty)' },
  anonymous: 'Anonymous',
};

export type MemberTranslations = typeof memberEn;
