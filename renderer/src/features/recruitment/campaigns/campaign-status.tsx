import { useTranslation } from 'react-i18next';
import type { CampaignStatus, CampaignMemberStatus } from '@model/recruitment/campaign-status';

/** A campaign's status as a coloured badge (draft, running, paused, closed). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <span className={`rc-status rc-status-${status}`}>{t(`recruitment.campaignStatus.${status}`)}</span>;
}

/** A member's status in a campaign (invited → screened → qualified / disqualified / waitlisted → active). */
export function MemberStatusBadge({ status }: { status: CampaignMemberStatus }) {
  const { t } = useTranslation();
  return <span className={`rc-member-status rc-member-status-${status}`}>{t(`recruitment.memberStatus.${status}`)}</span>;
}
