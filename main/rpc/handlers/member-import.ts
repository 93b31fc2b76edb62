import path from 'node:path';
import type { FileRef } from '@api/common';
import { importResult, type memberImportMethods } from '@api/member-import';
import { listImportBatches } from '../../core/panel/import/import-batches';
import { preview, rejectedCsv, startImport, startUndo } from '../../core/panel/import/import-service';
import { deleteMapping, listMappings, saveMapping } from '../../core/panel/import/saved-mappings';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

/**
 * Saves an import's rejected rows where the caller asked (the desktop app's save dialog): a copy of
 * the CSV the job wrote through papaparse, so both hosts hand out the same bytes.
 */
async function saveRejectedCsv(session: Session, jobId: string, target: string, replace: boolean) {
  const file = rejectedCsv(session, jobId);
  // Saved where asked, so the browser host's one-time download is withdrawn.
  if (file.downloadId) session.transfers.takeDownload(file.downloadId);
  const saved = await session.saveFile(target, { copyOf: file.path }, { replace });
  return { path: saved.path, fileName: path.basename(saved.path), rows: file.rows, downloadId: null };
}

/** An upload is a copy of the user's file: deleted once an import of it has committed (a run that wrote nothing keeps it for the next try). */
function discardUploadOnceImported(session: Session, file: FileRef, jobId: string): void {
  if (!('uploadId' in file)) return;
  void session.jobs.whenEnded(jobId, async (state) => {
    if (importResult.safeParse(state.result).data?.committed) await session.transfers.discardUpload(file.uploadId);
  });
}

export const memberImportHandlers = (session: Session): DomainHandlers<typeof memberImportMethods> => ({
  'members.previewImport': (input) => preview(session, input),
  'members.import': async ({ file, ...request }) => {
    const job = await startImport(session, { file, ...request });
    discardUploadOnceImported(session, file, job.id);
    return { jobId: job.id };
  },
  'imports.list': async () => ({ items: await listImportBatches(session.workspace.db, session.now()) }),
  'imports.undo': async ({ batchId, reason }) => ({ jobId: (await startUndo(session, batchId, reason ?? null)).id }),
  'imports.rejectedCsv': async ({ jobId, path: target, replace }) => (target ? saveRejectedCsv(session, jobId, target, replace) : rejectedCsv(session, jobId)),
  'importMappings.list': async () => ({ items: await listMappings(session.workspace.db) }),
  'importMappings.save': (input) => saveMapping(session.workspace.db, input, session.now()),
  'importMappings.delete': async ({ id }) => ({ deleted: await deleteMapping(session.workspace.db, id) }),
});
