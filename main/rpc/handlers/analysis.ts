import type { analysisMethods } from '@api/analysis';
import type { segmentsMethods } from '@api/segments';
import type { Session } from '../../core/session';
import { callContext } from '../../core/call-context';
import { crosstab } from '../../core/analysis/crosstab';
import { questionSummary } from '../../core/analysis/question-summary';
import { deleteSegment, listSegments, saveSegment, segmentSize } from '../../core/analysis/segments';
import type { DomainHandlers } from './types';

export const analysisHandlers = (session: Session): DomainHandlers<typeof analysisMethods & typeof segmentsMethods> => {
  const ctx = () => callContext(session);
  return {
    'segments.list': () => listSegments(ctx()),
    'segments.save': (input) => saveSegment(ctx(), input),
    'segments.size': (input) => segmentSize(ctx(), input),
    'segments.delete': ({ id }) => deleteSegment(ctx(), id),
    'analysis.summary': (input) => questionSummary(ctx(), input),
    'analysis.crosstab': (input) => crosstab(ctx(), input),
  };
};
