import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '@api/csv-import';
import { communityImportResult, type CommunityImportKind, type CommunityImportPreview, type CommunityImportResult } from '@api/community-import';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import {
  FileReadout,
  FileStep,
  ImportJob,
  ModeChoice,
  RejectedRows,
  RejectionTable,
  ResultCard,
  ResultCounts,
  useImportWizard,
  useMappingDraft,
  useSaveRejected,
  WizardActions,
  WizardSteps,
  type ReadOverrides,
} from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useErrorText } from '@renderer/i18n/error-text';
import { useFormat } from '@renderer/i18n/format';
import { routeHash } from '@renderer/shell/hash-route';
import { draftFromPreview, toMapping, type ActivityMapping, type MappingProblem, type TransactionsMapping } from './fact-mapping';
import { ImportHistory } from './import-history';
import { MappingStep } from './mapping-step';

const steps = ['file', 'mapping', 'preview', 'run'] as const;
type Step = (typeof steps)[number];

const columnsOf = (preview: CommunityImportPreview) => preview.columns.map((c) => c.name).join('\u0000');
/** The draft as the shared hook keeps drafts: a list (of one). */
const draftsFrom = (preview: CommunityImportPreview) => [draftFromPreview(preview)];

/** The calls of one kind: transactions.* or activity.*, with that kind's mapping. */
function useKindCalls(kind: CommunityImportKind) {
  const api = useApi();
  type Read = { file: NonNullable<ReturnType<typeof useImportWizard>['source']>['file'] } & ReadOverrides;
  return {
    preview: (read: Read, mapping?: TransactionsMapping | ActivityMapping) =>
      kind === 'transactions' ? api.call('transactions.previewImport', { ...read, mapping: mapping as TransactionsMapping | undefined }) : api.call('activity.previewImport', { ...read, mapping: mapping as ActivityMapping | undefined }),
    start: (read: Read, mapping: TransactionsMapping | ActivityMapping, mode: ImportMode, language: 'en' | 'zh-CN' | 'ru') =>
      kind === 'transactions'
        ? api.call('transactions.import', { ...read, mapping: mapping as TransactionsMapping, mode, language })
        : api.call('activity.import', { ...read, mapping: mapping as ActivityMapping, mode, language }),
  };
}

/** A transactions or activity import: file → which column holds what → check → import; earlier imports with Undo below. */
export function FactImportWizard({ kind }: { kind: CommunityImportKind }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const calls = useKindCalls(kind);
  const wizard = useImportWizard<Step>('file', 'run');
  const { step, setStep, source, overrides, setOverrides } = wizard;
  const [problem, setProblem] = useState<MappingProblem | null>(null);
  const [mapping, setMapping] = useState<TransactionsMapping | ActivityMapping | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [historyVersion, setHistoryVersion] = useState(0);

  const read = source ? { file: source.file, ...overrides } : null;
  const preview = useAsync(() => (read ? calls.preview(read) : Promise.resolve(null)), [kind, JSON.stringify(read)]);
  const check = useAsync(() => (read && mapping && step === 'preview' ? calls.preview(read, mapping) : Promise.resolve(null)), [kind, JSON.stringify(read), mapping, step]);
  const data = preview.data;
  const [drafts, setDrafts] = useMappingDraft(data, columnsOf, draftsFrom);
  const draft = drafts[0];

  const start = useAction(async (chosen: ImportMode) => {
    if (!read || !mapping) return;
    const { jobId } = await calls.start(read, mapping, chosen, wizard.language);
    wizard.started(jobId);
  });

  const toCheck = () => {
    if (!data || !draft) return;
    const out = toMapping(kind, draft);
    setProblem('problem' in out ? out.problem : null);
    if ('problem' in out) return;
    setMapping(out.mapping);
    setStep('preview');
  };
  const another = () => {
    wizard.restart();
    setHistoryVersion((v) => v + 1);
  };

  return (
    <>
      <WizardSteps steps={steps} current={step} label={(s) => t(`community.step.${s}`)} />
      {step === 'file' && <FileStep intro={t(`community.file.${kind}`)} purpose="communityImport" exampleName={`${kind}.csv`} onSource={(next) => wizard.chooseFile(next, 'mapping')} />}
      {step === 'mapping' && (
        <>
          {preview.loading && !data && (
            <p className="muted" role="status">
              {t('app.loading')}
            </p>
          )}
          {preview.error && <EmptyState title={t('importWizard.run.failedTitle')}>{errorText(preview.error)}</EmptyState>}
          {data && draft && <MappingStep kind={kind} preview={data} draft={draft} onDraft={(next) => setDrafts([next])} problem={problem} onBack={wizard.restart} onNext={toCheck} />}
        </>
      )}
      {step === 'preview' && mapping && (
        <CheckStep
          check={check.data}
          loading={check.loading}
          error={check.error}
          overrides={overrides}
          onOverrides={setOverrides}
          mode={mode}
          onMode={setMode}
          starting={start.busy}
          startError={start.error}
          onBack={() => setStep('mapping')}
          onStart={() => void start.run(mode)}
        />
      )}
      {step === 'run' && wizard.jobId && (
        <ImportJob
          jobId={wizard.jobId}
          running={{ title: t(`community.run.${kind}`), cancelHint: t('community.run.cancelHint') }}
          cancelled={{ title: t('community.run.cancelledTitle'), body: t('community.run.cancelled') }}
          parse={(result) => communityImportResult.safeParse(result).data ?? null}
          onAnother={another}
          next={<LifecycleLink />}
          outcome={(result) => (
            <ImportOutcome
              jobId={wizard.jobId!}
              result={result}
              onAnother={another}
              onRetryValidRows={() => {
                setMode('valid-rows');
                void start.run('valid-rows');
              }}
            />
          )}
        />
      )}
      {step === 'file' && <ImportHistory kind={kind} version={historyVersion} />}
    </>
  );
}

function LifecycleLink() {
  const { t } = useTranslation();
  return (
    <a className="button button-primary" href={routeHash('community', 'lifecycle')}>
      {t('community.run.toLifecycle')}
    </a>
  );
}

interface CheckProps {
  check: CommunityImportPreview | null;
  loading: boolean;
  error: ApiError | null;
  overrides: ReadOverrides;
  onOverrides(overrides: ReadOverrides): void;
  mode: ImportMode;
  onMode(mode: ImportMode): void;
  starting: boolean;
  startError: ApiError | null;
  onBack(): void;
  onStart(): void;
}

/** Step 3: how the rows read would import, each rejected one with its column, value and reason; how the file reads; what to do with rows that have errors. */
function CheckStep({ check, loading, error, overrides, onOverrides, mode, onMode, starting, startError, onBack, onStart }: CheckProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = check?.check;
  return (
    <section className="card wizard-card" aria-labelledby="community-check-title" aria-busy={loading}>
      <h2 className="card-title" id="community-check-title">
        {t('community.preview.title')}
      </h2>
      <FormError error={error} />
      {rows && (
        <>
          <p>{t('community.preview.checked', { n: format.count(rows.rows) })}</p>
          <ResultCounts
            counts={[
              [t('community.preview.added'), rows.added],
              [t('community.preview.rejected'), rows.rejected],
            ]}
          />
          {rows.rejections.length > 0 ? (
            <details className="result-section" open>
              <summary>{t('community.preview.rejectedTitle', { n: format.count(rows.rejected) })}</summary>
              <RejectionTable rejections={rows.rejections} />
            </details>
          ) : (
            <p className="problem-none">{t('community.preview.noRejections')}</p>
          )}
        </>
      )}
      {check && (
        <details className="result-section" open={!check.canImport || check.problems.length > 0}>
          <summary>{t('community.preview.reading')}</summary>
          <FileReadout preview={check} overrides={overrides} onOverrides={onOverrides} />
        </details>
      )}
      <ModeChoice mode={mode} onMode={onMode} />
      <FormError error={startError} />
      <WizardActions onBack={onBack} onNext={onStart} nextDisabled={!check?.canImport || loading || error !== null || starting} nextLabel={starting ? t('common.working') : t('community.preview.start')} />
      {check && !check.canImport && <p className="field-error wizard-blocked">{t('importWizard.preview.blocked')}</p>}
    </section>
  );
}

function ImportOutcome({ jobId, result, onAnother, onRetryValidRows }: { jobId: string; result: CommunityImportResult; onAnother(): void; onRetryValidRows(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const saveRejected = useSaveRejected(jobId);
  return (
    <ResultCard
      title={result.committed ? t('community.run.doneTitle') : t('importWizard.run.notCommittedTitle')}
      onAnother={onAnother}
      next={<LifecycleLink />}
      actions={
        result.rejected > 0 && (
          <button type="button" className="button" disabled={saveRejected.busy} onClick={() => void saveRejected.run()}>
            {saveRejected.label}
          </button>
        )
      }
    >
      <p>{result.committed ? t('community.run.doneBody', { n: format.count(result.rows) }) : t('community.run.notCommittedBody', { n: format.count(result.rejected) })}</p>
      {!result.committed && result.rejected > 0 && (
        <p>
          <button type="button" className="button button-small" onClick={onRetryValidRows}>
            {t('importWizard.run.retryValid')}
          </button>
        </p>
      )}
      <ResultCounts
        counts={[
          [t('community.run.added'), result.added],
          [t('community.run.rejected'), result.rejected],
        ]}
      />
      <FormError error={saveRejected.error} />
      <RejectedRows rejections={result.rejections} total={result.rejected} />
    </ResultCard>
  );
}
