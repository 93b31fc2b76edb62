import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '@api/csv-import';
import type { ResponseImportPreview } from '@api/response-import';
import { useApi } from '@renderer/api/api-context';
import { FileStep, PreviewState, useImportWizard, useMappingDraft, WizardSteps } from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { routeHash, useHashRoute } from '@renderer/shell/hash-route';
import { NoWorkspacePage } from '@renderer/shell/no-workspace-page';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { CheckStep } from './check-step';
import { draftFromPreview, toMappingInput, type MappingInput, type MappingProblem } from './mapping-draft';
import { MappingStep } from './mapping-step';
import { RunStep } from './run-step';
import { VersionStep } from './version-step';

const steps = ['file', 'version', 'mapping', 'preview', 'run'] as const;
type Step = (typeof steps)[number];

/** The columns a preview read, as one key: a new file, or another header setting, starts the mapping again. */
const columnsOf = (preview: ResponseImportPreview) => `${preview.version.id}\u0000${preview.columns.map((c) => c.name).join('\u0000')}`;

/** #/responses-import[/<versionId>]: the wizard (file → survey version → columns → check → import). */
export function ResponsesImportPage() {
  const { t } = useTranslation();
  const { info, error } = useWorkspace();
  const route = useHashRoute();
  if (error?.key === 'errors.noWorkspace') return <NoWorkspacePage />;
  if (!info) {
    return (
      <div className="page">
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      </div>
    );
  }
  // Another workspace: start afresh (its surveys are other ones).
  return <ImportWizard key={info.path} initialVersionId={route?.path[0] ?? null} />;
}

function ImportWizard({ initialVersionId }: { initialVersionId: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const wizard = useImportWizard<Step>('file', 'run');
  const { step, setStep, source, overrides, setOverrides } = wizard;
  const [versionId, setVersionId] = useState<string | null>(initialVersionId);
  const [decimalComma, setDecimalComma] = useState(false);
  const [problem, setProblem] = useState<MappingProblem | null>(null);
  const [mapping, setMapping] = useState<MappingInput | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');

  const read = source && versionId ? { file: source.file, surveyVersionId: versionId, ...overrides } : null;
  const preview = useAsync(() => (read ? api.call('responses.previewImport', read) : Promise.resolve(null)), [api, JSON.stringify(read)]);
  const check = useAsync(
    () => (read && mapping && step === 'preview' ? api.call('responses.previewImport', { ...read, ...mapping, decimalComma }) : Promise.resolve(null)),
    [api, JSON.stringify(read), mapping, decimalComma, step],
  );

  // New columns (another file or version, or the header setting changed): start from the core's suggestions.
  const data = preview.data;
  const [draft, setDraft] = useMappingDraft(data, columnsOf, draftFromPreview);

  const start = useAction(async (chosen: ImportMode) => {
    if (!read || !mapping) return;
    const { jobId: id } = await api.call('responses.importCsv', {
      ...read,
      ...mapping,
      decimalComma,
      mode: chosen,
      language: wizard.language,
    });
    wizard.started(id);
  });

  const toCheck = () => {
    if (!data) return;
    const input = toMappingInput(draft, data.version.identification);
    setProblem('problem' in input ? input.problem : null);
    if ('problem' in input) return;
    setMapping(input);
    setStep('preview');
  };

  return (
    <div className="page page-wide responses-import-page">
      <header className="page-header">
        <h1>{t('responsesImport.title')}</h1>
      </header>
      <p className="page-intro">{t('responsesImport.intro')}</p>
      <WizardSteps steps={steps} current={step} label={(s) => t(`responsesImport.step.${s}`)} />
      {step === 'file' && (
        <FileStep intro={t('responsesImport.file.intro')} purpose="responseImport" exampleName="responses.csv" onSource={(next) => wizard.chooseFile(next, 'version')} />
      )}
      {step === 'version' && <VersionStep versionId={versionId} onVersion={setVersionId} onBack={wizard.restart} onNext={() => setStep('mapping')} />}
      {step === 'mapping' && (
        <>
          <PreviewState loading={preview.loading && !data} error={preview.error} />
          {data && (
            <MappingStep
              preview={data}
              draft={draft}
              onDraft={setDraft}
              decimalComma={decimalComma}
              onDecimalComma={setDecimalComma}
              problem={problem}
              onBack={() => setStep('version')}
              onNext={toCheck}
            />
          )}
        </>
      )}
      {step === 'preview' && mapping && (
        <CheckStep
          check={check.data}
          loading={check.loading}
          error={check.error}
          mapped={mapping.mapping.length + (mapping.member ? 1 : 0) + (mapping.startedAt ? 1 : 0) + (mapping.completedAt ? 1 : 0)}
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
        <RunStep
          jobId={wizard.jobId}
          surveyHref={routeHash('surveys', data?.version.surveyId ?? '')}
          onRetryValidRows={() => {
            setMode('valid-rows');
            void start.run('valid-rows');
          }}
          onAnother={wizard.restart}
        />
      )}
    </div>
  );
}
