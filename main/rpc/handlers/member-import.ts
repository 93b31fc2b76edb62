import type { memberImportMethods } from '@api/member-import';
import { listImportBatches } from '../../core/panel/import/import-batches';
import { preview, rejectedCsv, startImport, startUndo } from '../../core/panel/import/import-service';
import { deleteMapping, listMappings, saveMapping } from '../../core/panel/import/saved-mappings';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

export const memberImportHandlers = (session: Session): DomainHandlers<typeof memberImportMethods> => ({
  'members.previewImport': (input) => preview(session, input),
  'members.import': async ({ file, ...request }) => ({ jobId: (await startImport(session, { file, ...request })).id }),
  'imports.list': async () => ({ items: await listImportBatches(session.workspace.db) }),
  'imports.undo': async ({ batchId, reason }) => ({ jobId: (await startUndo(session, batchId, reason ?? null)).id }),
  'imports.rejectedCsv': async ({ jobId }) => rejectedCsv(session, jobId),
  'importMappings.list': async () => ({ items: await listMappings(session.workspace.db) }),
  'importMappings.save': (input) => saveMapping(session.workspace.db, input, session.now()),
  'importMappings.delete': async ({ id }) => ({ deleted: await deleteMapping(session.workspace.db, id) }),
});
