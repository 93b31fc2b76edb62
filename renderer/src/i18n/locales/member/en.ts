/** Member fields in English: their names wherever the panel shows, filters or imports them (the member-field table's labelKey). zh-CN and ru have exactly these keys. */
export const memberEn = {
  field: {
    code: 'Member code',
    externalId: 'External id',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    country: 'Country',
    city: 'City',
    gender: 'Gender',
    birthYear: 'Birth year',
    ageBand: 'Age band',
    joinedAt: 'Joined',
    sourceChannel: 'Source channel',
    lifecycleStage: 'Lifecycle stage',
    consentStatus: 'Consent',
    consentDate: 'Consent date',
    consentScope: 'Consent scope',
    doNotContact: 'Do not contact',
    notes: 'Notes',
    tag: 'Tag',
    openness: 'Openness',
    opennessAnswered: 'Openness items answered',
    opennessBand: 'Openness band',
    uid: 'Stable id',
  },
};

export type MemberTranslations = typeof memberEn;
