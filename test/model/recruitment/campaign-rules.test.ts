import { describe, expect, it } from 'vitest';
import { filterFields } from '../../../main/model/filter/filter';
import { canMoveMember } from '../../../main/model/recruitment/campaign-status';
import { createQuotaFiller } from '../../../main/model/recruitment/quota-fill';

describe('campaign member transitions', () => {
  it('allow only the moves a person may make by hand', () => {
    expect(canMoveMember('qualified', 'active')).toBe(true);
    expect(canMoveMember('waitlisted', 'active')).toBe(false);
    expect(canMoveMember('invited', 'active')).toBe(false);
    expect(canMoveMember('active', 'disqualified')).toBe(true);
    expect(canMoveMember('disqualified', 'screened')).toBe(true);
    expect(canMoveMember('qualified', 'screened')).toBe(false);
  });

  it('lists the fields a rule tree names', () => {
    expect([...filterFields({ and: [{ field: 'openness', op: 'gte', value: 3.5 }, { not: { or: [{ field: 'country', op: 'eq', value: 'US' }] } }] })]).toEqual(['openness', 'country']);
    expect(filterFields(null).size).toBe(0);
  });
});

describe('quota filling', () => {
  it('gives places until a matching quota or the overall target is full, then waitlists', () => {
    const filler = createQuotaFiller([{ id: 1, target: 2, filled: 1 }, { id: 2, target: 5, filled: 0 }], { target: 4, filled: 1 });
    expect(filler.place([1, 2])).toEqual({ status: 'qualified', quotaIds: [1, 2] });
    expect(filler.place([1])).toEqual({ status: 'waitlisted', reason: 'quotaFull', quotaId: 1 });
    expect(filler.place([])).toEqual({ status: 'qualified', quotaIds: [] });
    expect(filler.place([2])).toEqual({ status: 'qualified', quotaIds: [2] });
    expect(filler.place([2])).toEqual({ status: 'waitlisted', reason: 'targetReached' });
    expect(filler.fills()).toEqual([{ id: 1, filled: 2 }, { id: 2, filled: 2 }]);
    expect(filler.filled).toBe(4);
  });
});
