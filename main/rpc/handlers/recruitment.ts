import type { recruitmentMethods } from '@api/recruitment';
import { opennessInstrument } from '@model/recruitment/ipip-openness-instrument';
import { callContext } from '../../core/call-context';
import type { Session } from '../../core/session';
import { markSeed } from '../../core/recruitment/mark-seed';
import { opennessOverview } from '../../core/recruitment/openness-overview';
import { recordScreener } from '../../core/recruitment/record-screener';
import { seedCandidates } from '../../core/recruitment/seed-candidates';
import type { DomainHandlers } from './types';

export const recruitmentHandlers = (session: Session): DomainHandlers<typeof recruitmentMethods> => {
  const ctx = () => callContext(session);
  return {
    'recruitment.instrument': async () => opennessInstrument,
    'recruitment.openness': ({ filter }) => opennessOverview(ctx(), filter),
    'recruitment.seedCandidates': (input) => seedCandidates(ctx(), input),
    'recruitment.markSeed': (input) => markSeed(ctx(), input),
    'recruitment.recordScreener': (input) => recordScreener(ctx(), input),
  };
};
