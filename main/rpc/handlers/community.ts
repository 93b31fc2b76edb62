import { communityImportResult, type communityImportMethods, type CommunityImportKind } from '@api/community-import';
import type { lifecycleMethods } from '@api/lifecycle';
import { callContext } from '../../core/call-context';
import { listCommunityImports } from '../../core/community/import/import-batches';
import { lifecycleRulesView, saveLifecycleRules } from '../../core/community/lifecycle-service';
import { rfmGroupsOver } from '../../core/community/rfm-groups';
import type { Session } from '../../core/session';
import { discardUploadOnceCommitted } from './import-upload';
import type { DomainHandlers } from './types';

/** Transactions and activity imports, lifecycle rules and RFM groups. */
export const communityHandlers = (session: Session): DomainHandlers<typeof communityImportMethods & typeof lifecycleMethods> => {
  const ctx = () => callContext(session);
  const imports = session.communityImports;
  const start = async <K extends CommunityImportKind>(kind: K, input: Parameters<typeof imports.start<K>>[3]) => {
    const job = await imports.start(ctx(), session.workspace.path, kind, input);
    discardUploadOnceCommitted(session, input.file, job.id, (result) => communityImportResult.safeParse(result).data?.committed === true);
    return { jobId: job.id };
  };
  const undo = async (kind: CommunityImportKind, importId: number) => ({ jobId: (await imports.startUndo(ctx(), session.workspace.path, kind, importId)).id });
  return {
    'transactions.previewImport': (input) => imports.preview(ctx(), 'transactions', input),
    'transactions.import': (input) => start('transactions', input),
    'transactions.imports': async () => ({ items: await listCommunityImports(session.workspace.db.reader, 'transactions') }),
    'transactions.undoImport': ({ importId }) => undo('transactions', importId),
    'activity.previewImport': (input) => imports.preview(ctx(), 'activity', input),
    'activity.import': (input) => start('activity', input),
    'activity.imports': async () => ({ items: await listCommunityImports(session.workspace.db.reader, 'activity') }),
    'activity.undoImport': ({ importId }) => undo('activity', importId),
    'lifecycle.rules': () => lifecycleRulesView(ctx()),
    'lifecycle.saveRules': ({ rules }) => saveLifecycleRules(ctx(), rules),
    'rfm.groups': (input) => rfmGroupsOver(ctx(), input),
  };
};
