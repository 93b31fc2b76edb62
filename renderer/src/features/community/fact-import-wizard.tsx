import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '@api/csv-import';
import { communityImportResult, type CommunityImportKind, type CommunityImportPreview, type CommunityImportResult } from '@api/community-import';
import { useApi } from '@renderer/api/api-context';
import {
  FileStep,
  ImportCheck,
  ImportJob,
  PreviewState,
  RowImportOutcome,
  useImportWizard,
  useMappingDraft,
  useRowImportWords,
  WizardSteps,
  type ImportCheckProps,
  type ReadOverrides,
} from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
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
          <PreviewState loading={preview.loading && !data} error={preview.error} />
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

/** Step 3: how the rows read would import, how the file reads, and what to do with rows that have errors. */
function CheckStep({ check, ...props }: Omit<ImportCheckProps, 'preview' | 'rows' | 'counts' | 'texts'> & { check: CommunityImportPreview | null }) {
  const { t } = useTranslation();
  const words = useRowImportWords('community');
  const rows = check?.check ?? null;
  return (
    <ImportCheck
      {...props}
      preview={check}
      rows={rows}
      counts={[
        [t('community.preview.added'), rows?.added ?? 0],
        [t('community.preview.rejected'), rows?.rejected ?? 0],
      ]}
      texts={words.check(rows)}
    />
  );
}

function ImportOutcome({ jobId, result, onAnother, onRetryValidRows }: { jobId: string; result: CommunityImportResult; onAnother(): void; onRetryValidRows(): void }) {
  const { t } = useTranslation();
  const words = useRowImportWords('community');
  return (
    <RowImportOutcome
      jobId={jobId}
      result={result}
      counts={[
        [t('community.run.added'), result.added],
        [t('community.run.rejected'), result.rejected],
      ]}
      texts={words.outcome(result)}
      onRetryValidRows={onRetryValidRows}
      onAnother={onAnother}
      next={<LifecycleLink />}
    />
  );
}
