import { UploadIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { ResponsesImportPage } from './responses-import-page';
import { RESPONSES_IMPORT_ID } from './responses-import-route';
// After the page's components, so the area's rules build on theirs.
import './responses-import.css';

export const responsesImportFeature: Feature = { id: RESPONSES_IMPORT_ID, labelKey: 'nav.responsesImport', icon: UploadIcon, page: ResponsesImportPage };
