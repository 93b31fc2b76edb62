import type { recruitmentMethods } from '@api/recruitment';
import { opennessInstrument } from '@model/recruitment/ipip-openness-instrument';
import type { Session } from '../../core/session';
import { recruitmentContext } from '../../core/recruitment/context';
import { markSeed } from '../../core/recruitment/mark-seed';
import { opennessOverview } from '../../core/recruitment/openness-overview';
import { recordScreener } from '../../core/recruitment/record-screener';
import { seedCandidates } from '../../core/recruitment/seed-candidates';
import type { DomainHandlers } from './types';

export const recruitmentHandlers = (session: Session): DomainHandlers<typeof recruitmentMethods> => ({
  'recruitment.instrument': async () => opennessInstrument,
  'recruitment.openness': ({ filter }) => opennessOverview(session.workspace.db.reader, filter),
  'recruitment.seedCandidates': (input) => seedCandidates(session.workspace.db.reader, session.now(), input),
  'recruitment.markSeed': (input) => markSeed(recruitmentContext(session), input),
  'recruitment.recordScreener': (input) => recordScreener(recruitmentContext(session), input),
});
