import type { campaignsMethods } from '@api/campaigns';
import { callContext } from '../../core/call-context';
import type { Session } from '../../core/session';
import { createCampaign, deleteCampaign, updateCampaign } from '../../core/recruitment/campaign-edit';
import { fillCampaign } from '../../core/recruitment/campaign-fill';
import { inviteMembers } from '../../core/recruitment/campaign-invite';
import { setCampaignStatus, startCampaign } from '../../core/recruitment/campaign-lifecycle';
import { campaignMembers, setMemberStatus } from '../../core/recruitment/campaign-members';
import { campaignView, listCampaigns } from '../../core/recruitment/campaign-store';
import { contactHistory, readFrequencyCap, setFrequencyCap } from '../../core/recruitment/contact-history';
import type { DomainHandlers } from './types';

export const campaignsHandlers = (session: Session): DomainHandlers<typeof campaignsMethods> => {
  const ctx = () => callContext(session);
  const reader = () => ctx().db.reader;
  return {
    'campaigns.list': async ({ status }) => ({ campaigns: await listCampaigns(reader(), status) }),
    'campaigns.get': ({ campaignId }) => campaignView(reader(), campaignId),
    'campaigns.create': (input) => createCampaign(ctx(), input),
    'campaigns.update': (input) => updateCampaign(ctx(), input),
    'campaigns.delete': ({ campaignId }) => deleteCampaign(ctx(), campaignId),
    'campaigns.start': ({ campaignId }) => startCampaign(ctx(), campaignId),
    'campaigns.setStatus': ({ campaignId, status }) => setCampaignStatus(ctx(), campaignId, status),
    'campaigns.invite': (input) => inviteMembers(ctx(), input),
    'campaigns.fill': ({ campaignId }) => fillCampaign(ctx(), campaignId),
    'campaigns.members': (input) => campaignMembers(reader(), input),
    'campaigns.setMemberStatus': (input) => setMemberStatus(ctx(), input),
    'campaigns.contactHistory': (input) => contactHistory(reader(), input),
    'campaigns.frequencyCap': () => readFrequencyCap(reader()),
    'campaigns.setFrequencyCap': (input) => setFrequencyCap(ctx(), input),
  };
};
