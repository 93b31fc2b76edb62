import fs from 'node:fs';
import path from 'node:path';
import type { memberImportMethods } from '@api/member-import';
import { AppError } from '../../core/errors';
import { listImportBatches } from '../../core/panel/import/import-batches';
import { preview, rejectedCsv, startImport, startUndo } from '../../core/panel/import/import-service';
import { deleteMapping, listMappings, saveMapping } from '../../core/panel/import/saved-mappings';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

/**
 * Saves an import's rejected rows where the caller asked (the desktop app's save dialog): a copy of
 * the CSV the job wrote through papaparse, so both hosts hand out the same bytes.
 */
async function saveRejectedCsv(session: Session, jobId: string, target: string) {
  const filePath = session.checkPath(target);
  const file = rejectedCsv(session, jobId);
  // Saved where asked, so the browser host's one-time download is withdrawn.
  if (file.downloadId) session.transfers.takeDownload(file.downloadId);
  try {
    await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
    await fs.promises.copyFile(file.path, filePath);
  } catch (err) {
    throw new AppError('FORBIDDEN', `The rejected rows could not be saved to ${filePath}: ${err instanceof Error ? err.message : String(err)}`, {
      key: 'import.rejected.saveFailed',
      params: { path: filePath },
    });
  }
  return { path: filePath, fileName: path.basename(filePath), rows: file.rows, downloadId: null };
}

export const memberImportHandlers = (session: Session): DomainHandlers<typeof memberImportMethods> => ({
  'members.previewImport': (input) => preview(session, input),
  'members.import': async ({ file, ...request }) => ({ jobId: (await startImport(session, { file, ...request })).id }),
  'imports.list': async () => ({ items: await listImportBatches(session.workspace.db, session.now()) }),
  'imports.undo': async ({ batchId, reason }) => ({ jobId: (await startUndo(session, batchId, reason ?? null)).id }),
  'imports.rejectedCsv': async ({ jobId, path: target }) => (target ? saveRejectedCsv(session, jobId, target) : rejectedCsv(session, jobId)),
  'importMappings.list': async () => ({ items: await listMappings(session.workspace.db) }),
  'importMappings.save': (input) => saveMapping(session.workspace.db, input, session.now()),
  'importMappings.delete': async ({ id }) => ({ deleted: await deleteMapping(session.workspace.db, id) }),
});
