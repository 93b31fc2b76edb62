import { isCondition, type Filter } from '../filter/filter';
import type { OpennessBand } from '../members/member-fields';
import type { OpennessThresholds } from './bands';

const NEVER: Filter = { or: [] };
const ALWAYS: Filter = { and: [] };

/**
 * Rewrites conditions on `opennessBand` into conditions on the `openness` score with the given
 * thresholds (the panel's, or a campaign's frozen ones). The thresholds then travel as bound
 * values, so SQL and the in-memory evaluator compare exactly the same numbers, and a band's
 * meaning is the one in bands.ts: low < P25 ≤ mid ≤ P75 < high. Without thresholds no member has
 * a band.
 */
export function expandOpennessBand(filter: Filter, thresholds: Pick<OpennessThresholds, 'p25' | 'p75'> | null): Filter {
  if ('and' in filter) return { and: filter.and.map((f) => expandOpennessBand(f, thresholds)) };
  if ('or' in filter) return { or: filter.or.map((f) => expandOpennessBand(f, thresholds)) };
  if ('not' in filter) return { not: expandOpennessBand(filter.not, thresholds) };
  if (!isCondition(filter) || filter.field !== 'opennessBand') return filter;
  const band = (b: string): Filter => {
    if (!thresholds) return NEVER;
    switch (b as OpennessBand) {
      case 'low': return { field: 'openness', op: 'lt', value: thresholds.p25 };
      case 'mid': return { field: 'openness', op: 'between', value: [thresholds.p25, thresholds.p75] };
      case 'high': return { field: 'openness', op: 'gt', value: thresholds.p75 };
      default: return NEVER;
    }
  };
  const values = (Array.isArray(filter.value) ? filter.value : filter.value === null ? [] : [filter.value]).map(String);
  const any: Filter = { or: values.map(band) };
  switch (filter.op) {
    case 'eq':
    case 'in': return any;
    case 'neq':
    case 'notIn': return { not: any };
    case 'isEmpty': return thresholds ? { field: 'openness', op: 'isEmpty', value: null } : ALWAYS;
    case 'notEmpty': return thresholds ? { field: 'openness', op: 'notEmpty', value: null } : NEVER;
    default: return filter; // other operators do not apply to an enum; validation reports them
  }
}
