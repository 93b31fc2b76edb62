import '@renderer/styles/recruitment.css';
import type { Feature } from '../feature';
import { RecruitmentIcon } from './recruitment-icon';
import { RecruitmentPage } from './recruitment-page';
import { RECRUITMENT_ID } from './recruitment-route';

export const recruitmentFeature: Feature = { id: RECRUITMENT_ID, labelKey: 'nav.recruitment', icon: RecruitmentIcon, page: RecruitmentPage };
