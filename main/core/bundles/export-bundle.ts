import os from 'node:os';
import path from 'node:path';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { workspaceDeviceId } from '../collection/device-id';
import type { Queryable } from '../db/writer';
import type { JobContext } from '../jobs/job-registry';
import { offerDownload } from '../files/offer-download';
import { readSurvey } from '../surveys/survey-store';
import { writeBundleFile } from './bundle-file';
import { bundleBody, type BundleCounts } from './bundle-records';

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
  job.progress(0, null, 'jobs.phase.bundleWrite');
  const deviceId = await workspaceDeviceId(ctx.db.reader);
  const counts: BundleCounts = { responses: 0, versions: 0, members: 0, tombstones: 0 };
  // Streamed from the reader in chunks, each a checkpoint: memory stays flat, and a cancelled export leaves no file.
  async function* body() {
    for await (const text of bundleBody(ctx.db.reader, { surveyId: request.surveyId ?? null, since }, counts)) {
      yield text;
      job.progress(counts.responses, null);
      await job.checkpoint();
    }
  }
  const fill = (filePath: string) => writeBundleFile(filePath, body(), { createdAt: at, deviceId, passphrase: request.passphrase ?? null });
  const fileName = bundleFileName(deviceId, at);
  let written: { path: string | null; fileName: string; downloadId: string | null };
  if (request.path !== undefined) {
    const saved = await ctx.files.save(request.path, { fill }, { replace: request.replace, signal: job.signal });
    written = { path: saved.path, fileName: path.basename(saved.path), downloadId: null };
  } else {
    const downloadId = await offerDownload(ctx.files, { fill }, fileName, DOWNLOADS);
    if (downloadId === null) throw new AppError('VALIDATION', 'Choose where to save the bundle: give a path.', { key: 'errors.bundle.pathNeeded' });
    written = { path: null, fileName, downloadId };
  }
  // A one-survey export is not "everything since": it does not move the destination's mark.
  if (request.surveyId === undefined) {
    await ctx.db.writer.transaction((tx) =>
      tx.run('INSERT INTO bundle_export (destination, exported_at) VALUES (?, ?) ON CONFLICT (destination) DO UPDATE SET exported_at = excluded.exported_at', [destination, at]),
    );
  }
  job.progress(counts.responses, counts.responses);
  return { ...written, ...counts };
}
