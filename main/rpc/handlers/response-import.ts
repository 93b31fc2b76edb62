import { responseImportResult, type responseImportMethods } from '@api/response-import';
import { callContext } from '../../core/call-context';
import type { Session } from '../../core/session';
import { discardUploadOnceCommitted } from './import-upload';
import type { DomainHandlers } from './types';

export const responseImportHandlers = (session: Session): DomainHandlers<typeof responseImportMethods> => {
  const ctx = () => callContext(session);
  return {
    'responses.previewImport': (input) => session.responseImports.preview(ctx(), input),
    'responses.importCsv': async (input) => {
      const job = await session.responseImports.start(ctx(), session.workspace.path, input);
      discardUploadOnceCommitted(session, input.file, job.id, (result) => responseImportResult.safeParse(result).data?.committed === true);
      return { jobId: job.id };
    },
  };
};
