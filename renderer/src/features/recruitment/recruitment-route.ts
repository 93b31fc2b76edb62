import { routeHash } from '@renderer/shell/hash-route';

export const RECRUITMENT_ID = 'recruitment';

/** The recruitment area's views: #/recruitment, #/recruitment/shortlist, #/recruitment/campaigns[/<id>]. */
export type RecruitmentView = { view: 'openness' } | { view: 'shortlist' } | { view: 'campaigns' } | { view: 'campaign'; campaignId: number };

export function parseRecruitmentPath(path: readonly string[]): RecruitmentView {
  const [first, second] = path;
  if (first === 'shortlist') return { view: 'shortlist' };
  if (first === 'campaigns') {
    const id = Number(second);
    return second !== undefined && Number.isSafeInteger(id) && id > 0 ? { view: 'campaign', campaignId: id } : { view: 'campaigns' };
  }
  return { view: 'openness' };
}

export const recruitmentHash = (view: RecruitmentView): string => {
  switch (view.view) {
    case 'openness': return routeHash(RECRUITMENT_ID);
    case 'shortlist': return routeHash(RECRUITMENT_ID, 'shortlist');
    case 'campaigns': return routeHash(RECRUITMENT_ID, 'campaigns');
    case 'campaign': return routeHash(RECRUITMENT_ID, 'campaigns', String(view.campaignId));
  }
};

/**
 * A member's page in the panel, #/panel/member/<id>. Built here because feature folders never import
 * each other; test/renderer/recruitment.test.tsx holds it to the panel's own route.
 */
export const memberPageHash = (memberId: number): string => routeHash('panel', 'member', String(memberId));
