import path from 'node:path';
import { bundleImportResult, type bundlesMethods } from '@api/bundles';
import type { packsMethods } from '@api/packs';
import { listConflicts, resolveConflict } from '../../core/bundles/bundle-conflicts';
import { checkExport, exportBundle } from '../../core/bundles/export-bundle';
import { checkBundle, importBundle } from '../../core/bundles/import-bundle';
import { checkPackExport, exportPack } from '../../core/bundles/pack-export';
import { callContext } from '../../core/call-context';
import { sourceFile } from '../../core/files/csv-import/source-file';
import type { Session } from '../../core/session';
import { discardUploadOnceCommitted } from './import-upload';
import type { DomainHandlers } from './types';

export const bundlesHandlers = (session: Session): DomainHandlers<typeof bundlesMethods & typeof packsMethods> => {
  const ctx = () => callContext(session);
  return {
    'bundles.export': async (input) => {
      const call = ctx();
      await checkExport(call, input);
      return { jobId: session.jobs.start('bundles.export', (job) => exportBundle(call, input, job)).id };
    },
    'bundles.import': async ({ file, passphrase }) => {
      const call = ctx();
      const { filePath, fileName } = sourceFile(call, file, { uploadName: (uploadId) => session.transfers.upload(uploadId).fileName });
      const workspacePath = session.workspace.path;
      const checked = await checkBundle({ filePath, fileName: path.basename(fileName), passphrase: passphrase ?? null });
      const job = session.jobs.start('bundles.import', async (jobCtx) => {
        const result = await importBundle(call, checked, jobCtx, (identifying) => session.forgetErased(identifying));
        session.options.emit('workspace.changed', { path: workspacePath });
        return { ...result };
      });
      discardUploadOnceCommitted(session, file, job.id, (result) => bundleImportResult.safeParse(result).success);
      return { jobId: job.id };
    },
    'bundles.conflicts': () => listConflicts(session.workspace.db.reader),
    'bundles.resolve': (input) => resolveConflict(ctx(), input),
    'packs.export': async (input) => {
      const call = ctx();
      await checkPackExport(call, input.surveyVersionId);
      return { jobId: session.jobs.start('packs.export', (job) => exportPack(call, input, job)).id };
    },
  };
};
