import { z } from 'zod';
import { jobStarted } from './common';
import { method } from './define';

/** The result of a packs.export job (jobs.get / jobs.wait → result). */
export const packExportResult = z.object({
  /** Where it was saved (null: offered as a download). */
  path: z.string().nullable(),
  fileName: z.string(),
  /** The pack's id: its answers are kept in the browser under it, and its downloads come from device pack-<packId>. */
  packId: z.string(),
  /** Browser host, without path: a one-time GET /download/<downloadId>. */
  downloadId: z.string().nullable(),
});

export const packsMethods = {
  'packs.export': method({
    summary:
      'Export the offline survey pack of a published version (a job): one self-contained HTML file (no network: its CSP forbids outside loads) that keeps answers in the browser and downloads them as a bundle for bundles.import. Saved at path through the safe writer; browser host without path: a download.',
    input: z.object({ surveyVersionId: z.string().min(1).max(100), path: z.string().min(1).optional(), replace: z.boolean().default(false) }).strict(),
    output: jobStarted,
  }),
};
