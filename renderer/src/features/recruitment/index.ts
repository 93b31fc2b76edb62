import type { Feature } from '../feature';
import { RecruitmentIcon } from './recruitment-icon';
import { RecruitmentPage } from './recruitment-page';
import { RECRUITMENT_ID } from './recruitment-route';
// After the page's components, so the area's rules build on theirs.
import './recruitment.css';

export const recruitmentFeature: Feature = { id: RECRUITMENT_ID, labelKey: 'nav.recruitment', icon: RecruitmentIcon, page: RecruitmentPage };
