import { DownloadIcon } from '@renderer/components/icons';
import type { Feature } from '../feature';
import { ExportPage } from './export-page';
import { EXPORT_ID } from './export-route';
// After the page's components, so the area's rules build on theirs.
import './export.css';

export const exportFeature: Feature = { id: EXPORT_ID, labelKey: 'nav.export', icon: DownloadIcon, page: ExportPage };
