import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '@api/jobs';
import { useFormat } from '@renderer/i18n/format';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';

export interface JobProgressText {
  /** What the job does, e.g. "Demo community". */
  kind: string;
  /** Its current phase, e.g. "Members" (null: a phase this build has no words for). */
  phase: string | null;
  /** "1,200 of 3,500", or "1,200 done" when the total is not known. */
  amount: string;
}

/** A job's progress in words, as the jobs panel and the pages that wait for a job show it. */
export function useJobProgressText(): (job: JobState) => JobProgressText {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useCallback(
    (job: JobState) => {
      const { done, total, phase } = job.progress;
      return {
        kind: translateRuntimeKey(i18n, `jobs.kind.${job.kind}`) ?? t('jobs.kindUnknown'),
        phase: phase === null ? t('jobs.phase.starting') : translateRuntimeKey(i18n, phase),
        amount: total === null ? t('jobs.progressOpen', { done: format.count(done) }) : t('jobs.progress', { done: format.count(done), total: format.count(total) }),
      };
    },
    [t, i18n, format],
  );
}
