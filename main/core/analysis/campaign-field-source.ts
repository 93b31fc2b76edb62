import { campaignMemberStatuses } from '@model/recruitment/campaign-status';
import { registerFieldSource, type SourcedField } from '../members/field-sources';

/**
 * A member's status in a campaign as a member filter field, `campaign:<campaignId>`: invited,
 * screened, qualified, disqualified, waitlisted or active; empty when the member is not in it.
 */
const CAMPAIGN_PREFIX = 'campaign:';

registerFieldSource({
  prefix: CAMPAIGN_PREFIX,
  async catalog(db) {
    const fields: Record<string, SourcedField> = {};
    for (const { id } of await db.all<{ id: number }>('SELECT id FROM campaign ORDER BY id')) {
      fields[`${CAMPAIGN_PREFIX}${id}`] = {
        spec: { type: 'enum', values: campaignMemberStatuses },
        // The id is an integer read from the database, never user text.
        sql: { expr: `(SELECT cm.status FROM campaign_member cm WHERE cm.campaign_id = ${Math.trunc(id)} AND cm.member_id = m.id)` },
      };
    }
    return fields;
  },
});
