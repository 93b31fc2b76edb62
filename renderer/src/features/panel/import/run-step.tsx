import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importResult, type ImportResult } from '@api/member-import';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { ImportJob, RejectedRows, ResultCard, ResultCounts, useImportText, useSaveRejected } from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';

interface Props {
  jobId: string;
  /** Import the same file again with "import valid rows" (after an all-or-nothing run rejected some). */
  onRetryValidRows(): void;
  onAnother(): void;
  /** Opens the members table afresh (no filter, search, saved view or selection left from before). */
  onShowMembers(): void;
}

type Actions = Pick<Props, 'onAnother' | 'onShowMembers'>;

/** Where a member import goes next: the members table. */
function ShowMembers({ onShowMembers }: Pick<Props, 'onShowMembers'>) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-primary" onClick={onShowMembers}>
      {t('panel.import.run.showMembers')}
    </button>
  );
}

/** Step 5: the import job's progress with Cancel, then its result. */
export function RunStep({ jobId, onRetryValidRows, ...actions }: Props) {
  const { t } = useTranslation();
  return (
    <ImportJob
      jobId={jobId}
      running={{ title: t('panel.import.run.title'), cancelHint: t('panel.import.run.cancelHint') }}
      cancelled={{ title: t('panel.import.run.cancelledTitle'), body: t('panel.import.run.cancelled') }}
      parse={(result) => importResult.safeParse(result).data ?? null}
      onAnother={actions.onAnother}
      next={<ShowMembers onShowMembers={actions.onShowMembers} />}
      outcome={(result) => <ImportOutcome jobId={jobId} result={result} onRetryValidRows={onRetryValidRows} {...actions} />}
    />
  );
}

function ImportOutcome({ jobId, result, onRetryValidRows, ...actions }: Actions & { jobId: string; result: ImportResult; onRetryValidRows: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { jobs, track } = useJobs();
  const [undoJobId, setUndoJobId] = useState<string | null>(null);
  const undoJob = undoJobId ? jobs.find((j) => j.id === undoJobId) : undefined;
  const saveRejected = useSaveRejected(jobId);
  const undo = useAction(async () => {
    if (result.batchId === null) return;
    const { jobId: id } = await api.call('imports.undo', { batchId: result.batchId });
    track(id);
    setUndoJobId(id);
  });

  const counts: [string, number][] = [
    [t('panel.import.run.inserted'), result.inserted],
    [t('panel.import.run.updated'), result.updated],
    [t('panel.import.run.skipped'), result.skipped],
    [t('panel.import.run.rejected'), result.rejectedCount],
    [t('panel.import.run.warnings'), result.warningCount],
  ];
  const undone = undoJob?.state === 'succeeded';
  const canUndo = result.committed && result.batchId !== null && result.inserted + result.updated > 0 && !undone;

  return (
    <ResultCard
      title={result.committed ? t('panel.import.run.doneTitle') : t('importWizard.run.notCommittedTitle')}
      onAnother={actions.onAnother}
      next={<ShowMembers onShowMembers={actions.onShowMembers} />}
      actions={
        <>
          {result.rejectedCount > 0 && (
            <button type="button" className="button" disabled={saveRejected.busy} onClick={() => void saveRejected.run()}>
              {saveRejected.label}
            </button>
          )}
          {canUndo && (
            <button type="button" className="button" disabled={undo.busy || undoJob?.state === 'running'} onClick={() => void undo.run()}>
              {t('panel.import.run.undo')}
            </button>
          )}
        </>
      }
    >
      <p>
        {result.committed
          ? t('panel.import.run.doneBody', { n: format.count(result.rows) })
          : t('panel.import.run.notCommittedBody', { n: format.count(result.rejectedCount) })}
      </p>
      {!result.committed && result.rejectedCount > 0 && (
        <p>
          <button type="button" className="button button-small" onClick={onRetryValidRows}>
            {t('importWizard.run.retryValid')}
          </button>
        </p>
      )}
      <ResultCounts counts={counts} />
      {undoJob?.state === 'running' && <p role="status">{t('panel.import.run.undoing')}</p>}
      {undone && <p className="problem-none">{t('panel.import.run.undone')}</p>}
      {undoJob?.state === 'failed' && (
        <p className="form-error" role="alert">
          {undoJob.error?.message}
        </p>
      )}
      <FormError error={undo.error ?? saveRejected.error} />

      <GroupedIssues title={t('panel.import.run.skippedTitle', { n: format.count(result.skipped) })} groups={result.skips} open={result.rejected.length === 0} />
      <GroupedIssues title={t('panel.import.run.warningsTitle', { n: format.count(result.warningCount) })} groups={result.warnings} open={result.rejected.length === 0} />
      <RejectedRows rejections={result.rejected} total={result.rejectedCount} />
    </ResultCard>
  );
}

/** Skipped rows or warnings, one line per kind (and column and value) with the rows it concerns. */
function GroupedIssues({ title, groups, open }: { title: string; groups: ImportResult['warnings']; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importText = useImportText();
  if (groups.length === 0) return null;
  return (
    <details className="result-section" open={open}>
      <summary>{title}</summary>
      <ul className="problem-list">
        {groups.map((w, i) => (
          <li key={i} className="problem problem-warning">
            <span className="problem-severity">{format.count(w.count)}×</span>
            <span className="problem-text">
              {w.column && <strong>{w.column}: </strong>}
              {importText(w)}
              <span className="problem-rows"> {t('importWizard.preview.rows', { rows: w.rows.slice(0, 12).map((r) => format.count(r)).join(', ') + (w.count > 12 ? ' …' : '') })}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
