import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { packExportResult } from '@api/packs';
import { foldText } from '@model/fold-text';
import type { CallContext } from '../call-context';
import { versionNotFound } from '../collection/collectable-versions';
import { AppError } from '../errors';
import { offerDownload } from '../files/offer-download';
import type { JobContext } from '../jobs/job-registry';
import { publishedVersionRecord } from './bundle-records';

/**
 * packs.export: the offline survey pack of a published version, one self-contained HTML file. The
 * page itself is built once with the app (renderer/pack/, inlined by vite-plugin-singlefile into
 * out/pack/pack.html); each export writes the version, a fresh pack id and its device id into it.
 * Its CSP forbids loading anything from outside the file.
 */

type PackResult = z.infer<typeof packExportResult>;

const DATA_TAG = '<script id="pack-data" type="application/json">null</script>';
const DOWNLOADS = { dir: path.join(os.tmpdir(), 'icw-packs'), extension: '.html' };

/** The built page: beside the bundled core (out/main → out/pack), or the checkout's out/pack when run from source (tests). */
function packTemplate(): string {
  const candidates = [path.resolve(__dirname, '../pack/pack.html'), path.resolve('out/pack/pack.html')];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new AppError('NOT_AVAILABLE', 'The offline pack page is not built in this installation (out/pack/pack.html). Run `npm run build`.', { key: 'errors.bundle.packNotBuilt' });
  }
  return fs.readFileSync(found, 'utf8');
}

/** JSON inside a script element: "<" escaped, so no text in a definition can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const packFileName = (title: string, version: number) => `${foldText(title).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'survey'}-v${version}-offline.html`;

export async function checkPackExport(ctx: CallContext, surveyVersionId: string) {
  const version = await publishedVersionRecord(ctx.db.reader, surveyVersionId);
  if (!version) throw versionNotFound(surveyVersionId);
  return version;
}

export async function exportPack(ctx: CallContext, request: { surveyVersionId: string; path?: string; replace: boolean }, job: JobContext): Promise<PackResult> {
  job.progress(0, 1, null);
  const version = await checkPackExport(ctx, request.surveyVersionId);
  const number = (await ctx.db.reader.get<{ version: number }>('SELECT version FROM survey_version WHERE id = ?', [version.id]))!.version;
  const packId = randomUUID();
  const template = packTemplate();
  if (!template.includes(DATA_TAG)) throw new AppError('INTERNAL', 'The offline pack page has no place for the survey (its pack-data element is missing).');
  const html = template.replace(DATA_TAG, () => `<script id="pack-data" type="application/json">${scriptJson({ packId, deviceId: `pack-${packId}`, version })}</script>`);
  const fileName = packFileName(version.surveyTitle, number);
  job.progress(1, 1);
  if (request.path !== undefined) {
    const saved = await ctx.files.save(request.path, { bytes: html }, { replace: request.replace, signal: job.signal });
    return { path: saved.path, fileName: path.basename(saved.path), packId, downloadId: null };
  }
  const downloadId = await offerDownload(ctx.files, html, fileName, DOWNLOADS);
  if (downloadId === null) throw new AppError('VALIDATION', 'Choose where to save the pack: give a path.', { key: 'errors.bundle.pathNeeded' });
  return { path: null, fileName, packId, downloadId };
}
