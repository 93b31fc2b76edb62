import { describe, expect, it } from 'vitest';
import type { MemberDetail } from '@api/members';
import { formPatch, issuesByField, toFormValues } from '@renderer/features/panel/member/member-form-state';

const member: MemberDetail = {
  id: 7,
  code: 'M-7',
  uid: '6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f',
  externalId: 'X7',
  name: '王伟',
  email: 'wei@example.org',
  phone: null,
  country: 'CN',
  language: 'zh-CN',
  city: '杭州',
  gender: 'male',
  birthYear: 1990,
  ageBand: null,
  joinedAt: '2025-07-05T08:00:00.000Z',
  sourceChannel: 'web',
  lifecycleStage: 'activation',
  consentStatus: 'granted',
  consentDate: '2025-07-05',
  consentScope: 'research',
  doNotContact: false,
  contactable: true,
  notContactable: null,
  notes: null,
  erasedAt: null,
  createdAt: '2025-07-05T08:00:00.000Z',
  updatedAt: '2025-07-05T08:00:00.000Z',
  tags: [],
  attributes: [
    { key: 'income', label: 'Income', type: 'number', value: 1200 },
    { key: 'plan', label: 'Plan', type: 'choice', value: null },
  ],
  openness: { score: 3.6, answered: 10, band: 'mid' },
  responses: { total: 0, complete: 0, lastAt: null },
  contacts: { total: 0, lastAt: null },
  history: [],
};
const attributes = [
  { key: 'income', type: 'number' as const },
  { key: 'plan', type: 'choice' as const },
];

describe('member form', () => {
  it('sends only what changed: blanks clear, the country in capitals, a date-time shown as its day stays untouched', () => {
    const initial = toFormValues(member);
    expect(initial.joinedAt).toBe('2025-07-05');
    const { patch, problems } = formPatch(initial, { ...initial, email: ' ', country: 'de', doNotContact: true, attributes: { income: '1500,5', plan: 'pro' } }, attributes);
    expect(problems).toEqual([]);
    expect(patch).toEqual({ email: null, country: 'DE', doNotContact: true, attributes: { income: 1500.5, plan: 'pro' } });
    expect(formPatch(initial, initial, attributes).patch).toEqual({});
  });

  it('refuses what cannot be sent as typed, by field', () => {
    const initial = toFormValues(member);
    const { problems } = formPatch(initial, { ...initial, birthYear: '19x0', attributes: { ...initial.attributes, income: 'lots' } }, attributes);
    expect(problems).toEqual([
      { field: 'birthYear', kind: 'year' },
      { field: 'attr:income', kind: 'number' },
    ]);
  });

  it('puts the core issues next to their fields, for update, create and attributes', () => {
    const byField = issuesByField([
      { path: ['patch', 'email'], message: 'expected an email address' },
      { path: ['country'], message: 'expected an ISO code' },
      { path: ['patch', 'attributes', 'plan'], message: 'expected one of free, pro' },
      { path: ['patch', 'email'], message: 'a second problem is not shown twice' },
    ]);
    expect([...byField]).toEqual([
      ['email', 'expected an email address'],
      ['country', 'expected an ISO code'],
      ['attr:plan', 'expected one of free, pro'],
    ]);
  });
});
