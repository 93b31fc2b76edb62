import { analysisFeature } from './analysis';
import { bundlesFeature } from './bundles';
import { collectFeature } from './collect';
import { communityFeature } from './community';
import { exportFeature } from './export';
import type { Feature } from './feature';
import { overviewFeature } from './overview';
import { panelFeature } from './panel';
import { recruitmentFeature } from './recruitment';
import { responsesFeature } from './responses';
import { responsesImportFeature } from './responses-import';
import { surveysFeature } from './surveys';

/** The navigation, in order; the first is the start page. Each new area adds its entry here. */
export const features: readonly Feature[] = [overviewFeature, panelFeature, recruitmentFeature, surveysFeature, collectFeature, responsesFeature, responsesImportFeature, bundlesFeature, analysisFeature, communityFeature, exportFeature];

export const findFeature = (id: string | undefined): Feature | undefined => features.find((f) => f.id === id);
