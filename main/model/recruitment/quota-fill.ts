/**
 * Places for qualified members. Quotas are caps per segment ("at most 20 from CN"): a member
 * takes a place in every quota whose segment they match, and in the campaign's overall target.
 * When any of those is full they are waitlisted, not dropped, and a later fill may admit them.
 */
export interface QuotaState {
  id: number;
  target: number;
  filled: number;
}

export type Placement =
  | { status: 'qualified'; quotaIds: number[] }
  | { status: 'waitlisted'; reason: 'quotaFull'; quotaId: number }
  | { status: 'waitlisted'; reason: 'targetReached' };

export function createQuotaFiller(quotas: readonly QuotaState[], target: { target: number | null; filled: number }) {
  const state = new Map(quotas.map((q) => [q.id, { ...q }]));
  let filled = target.filled;
  return {
    place(matchingQuotaIds: readonly number[]): Placement {
      if (target.target !== null && filled >= target.target) return { status: 'waitlisted', reason: 'targetReached' };
      const full = matchingQuotaIds.find((id) => state.get(id)!.filled >= state.get(id)!.target);
      if (full !== undefined) return { status: 'waitlisted', reason: 'quotaFull', quotaId: full };
      for (const id of matchingQuotaIds) state.get(id)!.filled++;
      filled++;
      return { status: 'qualified', quotaIds: [...matchingQuotaIds] };
    },
    fills: () => [...state.values()].map(({ id, filled: f }) => ({ id, filled: f })),
    get filled() {
      return filled;
    },
  };
}
