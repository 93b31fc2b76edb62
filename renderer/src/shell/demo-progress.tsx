import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '@api/jobs';
import type { WorkspaceInfo } from '@api/workspace';
import { EmptyState } from '@renderer/components/empty-state';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useJobProgressText } from './job-progress-text';
import { useJobs } from './jobs-context';
import { useWorkspace } from './workspace-context';

const DEMO_JOB_KIND = 'workspace.demo';

/**
 * The job filling the open workspace with the demo community. It writes in one transaction, so
 * until it has ended the workspace reads as empty: pages show this job instead. Once it has
 * succeeded it stays until the workspace has been read again (the window does that when a job
 * ends), so the page never flashes "empty" between the job's end and its new data.
 */
export function useDemoJob(): JobState | null {
  const { jobs } = useJobs();
  const { info } = useWorkspace();
  const running = jobs.find((job) => job.kind === DEMO_JOB_KIND && job.state === 'running') ?? null;
  // The job seen running, and the workspace as read while it ran (React's "state from the previous render").
  const [seen, setSeen] = useState<{ jobId: string; info: WorkspaceInfo | null } | null>(null);
  if (running) {
    if (seen?.jobId !== running.id || seen.info !== info) setSeen({ jobId: running.id, info });
    return running;
  }
  if (!seen) return null;
  if (seen.info !== info) {
    setSeen(null);
    return null;
  }
  return jobs.find((job) => job.id === seen.jobId && job.state === 'succeeded') ?? null;
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
