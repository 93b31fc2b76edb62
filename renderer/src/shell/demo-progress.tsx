import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '@api/jobs';
import { EmptyState } from '@renderer/components/empty-state';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useJobProgressText } from './job-progress-text';
import { useJobs } from './jobs-context';

const DEMO_JOB_KIND = 'workspace.demo';

/**
 * The job filling the open workspace with the demo community, while it runs. It writes in one
 * transaction, so until it ends the workspace reads as empty: pages show this job instead.
 */
export function useDemoJob(): JobState | null {
  const { jobs } = useJobs();
  return jobs.find((job) => job.kind === DEMO_JOB_KIND && job.state === 'running') ?? null;
}

/** Where a page would say it has nothing yet: the demo community is on its way, with its progress. */
export function DemoProgress({ job, children }: { job: JobState; children: ReactNode }) {
  const { t } = useTranslation();
  const { kind, phase, amount } = useJobProgressText()(job);
  const text = phase ? t('demoProgress.amount', { phase, amount }) : amount;
  return (
    <EmptyState
      title={t('overview.generating.title')}
      busy
      details={
        <div className="demo-progress">
          <ProgressBar done={job.progress.done} total={job.progress.total} label={`${kind}: ${text}`} />
          <span className="demo-progress-amount">{text}</span>
        </div>
      }
    >
      {children}
    </EmptyState>
  );
}
