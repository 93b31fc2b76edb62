import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { useFileDialogs } from './file/file-dialogs';
import { useWorkspace } from './workspace-context';

/** What any area shows while no workspace is open: the way to create or open one. */
export function NoWorkspacePage() {
  const { t } = useTranslation();
  const dialogs = useFileDialogs();
  return (
    <div className="page">
      <EmptyState
        title={t('overview.noWorkspace.title')}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => dialogs.open({ kind: 'new' })}>
              {t('file.new')}
            </button>
            <button type="button" className="button" onClick={() => dialogs.open({ kind: 'open' })}>
              {t('file.open')}
            </button>
          </>
        }
      >
        {t('overview.noWorkspace.body')}
      </EmptyState>
    </div>
  );
}

/** An area that shows the open workspace: with none, the way to open one; until it is read, that it is loading (or why it cannot be). */
export function WorkspaceRequired({ children }: { children(info: WorkspaceInfo): ReactNode }) {
  const { t } = useTranslation();
  const { info, error } = useWorkspace();
  if (error?.key === 'errors.noWorkspace') return <NoWorkspacePage />;
  if (info) return children(info);
  return (
    <div className="page">
      {error ? (
        <FormError error={error} />
      ) : (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      )}
    </div>
  );
}
