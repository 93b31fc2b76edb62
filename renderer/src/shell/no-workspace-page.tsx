import { useTranslation } from 'react-i18next';
import { EmptyState } from '@renderer/components/empty-state';
import { useFileDialogs } from './file/file-dialogs';

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
