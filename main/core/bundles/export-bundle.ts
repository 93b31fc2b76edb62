import os from 'node:os';
import path from 'node:path';
import { bodyText } from '@model/bundles/bundle-format';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { workspaceDeviceId } from '../collection/device-id';
import type { Queryable } from '../db/writer';
import type { JobContext } from '../jobs/job-registry';
import { offerDownload } from '../files/offer-download';
import { readSurvey } from '../surveys/survey-store';
import { bundleBytes } from './bundle-file';
import { bundleRecords } from './bundle-records';

/**
 * bundles.export's job: one survey's responses, or everything changed since the last export to the
 * same destination (the folder of the path, or "download"), written through the safe writer (or
 * offered as a download in the browser host), then that export's time remembered.
 */

export interface ExportRequest {
  path?: string;
  surveyId?: string;
  since?: string;
  passphrase?: string;
  replace: boolean;
}

export type ExportResult = {
  path: string | null;
  fileName: string;
  responses: number;
  versions: number;
  members: number;
  tombstones: number;
  downloadId: string | null;
};

const DOWNLOADS = { dir: path.join(os.tmpdir(), 'icw-bundles'), extension: '.icwb' };
const DOWNLOAD_DESTINATION = 'download';

const destinationOf = (target: string | undefined) => (target === undefined ? DOWNLOAD_DESTINATION : path.dirname(path.resolve(target)));

const lastExport = async (db: Queryable, destination: string) =>
  (await db.get<{ at: string }>('SELECT exported_at AS at FROM bundle_export WHERE destination = ?', [destination]))?.at ?? null;

/** bundle-<device>-<time>.icwb: a name that sorts by time and never repeats between devices. */
const bundleFileName = (deviceId: string, at: string) => `bundle-${deviceId.slice(0, 8)}-${at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.icwb`;

/** Checks what can be refused before the job starts (an unknown survey). */
export async function checkExport(ctx: CallContext, request: ExportRequest): Promise<void> {
  if (request.surveyId !== undefined) await readSurvey(ctx.db.reader, request.surveyId);
}

export async function exportBundle(ctx: CallContext, request: ExportRequest, job: JobContext): Promise<ExportResult> {
  const at = ctx.now().toISOString();
  const destination = destinationOf(request.path);
  const since = request.since ?? (request.surveyId === undefined ? await lastExport(ctx.db.reader, destination) : null);
  job.progress(0, 3, 'jobs.phase.bundleRead');
  const deviceId = await workspaceDeviceId(ctx.db.reader);
  const { records, counts } = await bundleRecords(ctx.db.reader, { surveyId: request.surveyId ?? null, since });
  job.progress(1, 3, 'jobs.phase.bundleWrite');
  await job.checkpoint();
  const bytes = await bundleBytes(bodyText(records), { createdAt: at, deviceId, passphrase: request.passphrase ?? null });
  await job.checkpoint();
  const fileName = bundleFileName(deviceId, at);
  let written: { path: string | null; fileName: string; downloadId: string | null };
  if (request.path !== undefined) {
    const saved = await ctx.files.save(request.path, { bytes }, { replace: request.replace, signal: job.signal });
    written = { path: saved.path, fileName: path.basename(saved.path), downloadId: null };
  } else {
    const downloadId = await offerDownload(ctx.files, bytes, fileName, DOWNLOADS);
    if (downloadId === null) throw new AppError('VALIDATION', 'Choose where to save the bundle: give a path.', { key: 'errors.bundle.pathNeeded' });
    written = { path: null, fileName, downloadId };
  }
  // A one-survey export is not "everything since": it does not move the destination's mark.
  if (request.surveyId === undefined) {
    await ctx.db.writer.transaction((tx) =>
      tx.run('INSERT INTO bundle_export (destination, exported_at) VALUES (?, ?) ON CONFLICT (destination) DO UPDATE SET exported_at = excluded.exported_at', [destination, at]),
    );
  }
  job.progress(3, 3);
  return { ...written, ...counts };
}
