import path from 'node:path';
import { importResult, type memberImportMethods } from '@api/member-import';
import { callContext } from '../../core/call-context';
import { listImportBatches } from '../../core/panel/import/import-batches';
import { deleteMapping, listMappings, saveMapping } from '../../core/panel/import/saved-mappings';
import type { Session } from '../../core/session';
import { discardUploadOnceCommitted } from './import-upload';
import type { DomainHandlers } from './types';

export const memberImportHandlers = (session: Session): DomainHandlers<typeof memberImportMethods> => {
  const ctx = () => callContext(session);
  return {
    'members.previewImport': (input) => session.imports.preview(ctx(), input),
    'members.import': async ({ file, ...request }) => {
      const job = await session.imports.start(ctx(), session.workspace.path, { file, ...request });
      discardUploadOnceCommitted(session, file, job.id, (result) => importResult.safeParse(result).data?.committed === true);
      return { jobId: job.id };
    },
    'imports.list': async () => ({ items: await listImportBatches(ctx()) }),
    'imports.undo': async ({ batchId, reason }) => ({ jobId: (await session.imports.startUndo(ctx(), session.workspace.path, batchId, reason ?? null)).id }),
    // Any import job's rejected rows (members or responses). Saved where asked (the desktop app's save dialog): a copy of the CSV the job wrote, so both hosts hand out the same bytes; else offered as a download.
    'imports.rejectedCsv': async ({ jobId, path: target, replace }) => {
      const call = ctx();
      const file = session.rejectedRows.of(session.jobs.get(jobId));
      if (!target) return { ...file, downloadId: call.files.offer(file.path, file.fileName) };
      const saved = await call.files.save(target, { copyOf: file.path }, { replace });
      return { path: saved.path, fileName: path.basename(saved.path), rows: file.rows, downloadId: null };
    },
    'importMappings.list': async () => ({ items: await listMappings(session.workspace.db) }),
    'importMappings.save': (input) => saveMapping(ctx(), input),
    'importMappings.delete': async ({ id }) => ({ deleted: await deleteMapping(ctx(), id) }),
  };
};
