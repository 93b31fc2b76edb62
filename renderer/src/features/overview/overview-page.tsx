import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { EmptyState } from '@renderer/components/empty-state';
import { useErrorText } from '@renderer/i18n/error-text';
import { DemoProgress, useDemoJob } from '@renderer/shell/demo-progress';
import { useFileDialogs } from '@renderer/shell/file/file-dialogs';
import { NoWorkspacePage } from '@renderer/shell/no-workspace-page';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { CountCards } from './count-cards';
import { LifecycleCard } from './lifecycle-card';
import { WorkspaceDetails } from './workspace-details';

export function OverviewPage() {
  const { t } = useTranslation();
  const { info, error, reload } = useWorkspace();
  const errorText = useErrorText();

  if (error?.key === 'errors.noWorkspace') return <NoWorkspacePage />;
  if (error) {
    return (
      <div className="page">
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!info) {
    return (
      <div className="page">
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      </div>
    );
  }
  return <WorkspaceOverview info={info} />;
}

function WorkspaceOverview({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="page-subtitle">{info.name}</p>
      </header>
      <CountCards counts={info.counts} />
      <div className="overview-grid">
        <CommunityPanel info={info} />
        <WorkspaceDetails info={info} />
      </div>
    </div>
  );
}

/** The lifecycle chart, or what to do while there is nothing to chart yet. */
function CommunityPanel({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const demoJob = useDemoJob();
  const dialogs = useFileDialogs();
  if (demoJob) return <DemoProgress job={demoJob}>{t('overview.generating.body')}</DemoProgress>;
  if (info.counts.members + info.counts.surveys + info.counts.responses === 0) {
    return (
      <EmptyState
        title={t('overview.empty.title')}
        actions={
          <button type="button" className="button" onClick={() => dialogs.open({ kind: 'new', demo: true })}>
            {t('overview.empty.action')}
          </button>
        }
      >
        {t('overview.empty.body')}
      </EmptyState>
    );
  }
  return <LifecycleCard lifecycle={info.lifecycle} members={info.counts.members} />;
}
