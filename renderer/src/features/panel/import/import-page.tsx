import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@api/member-import';
import { useApi } from '@renderer/api/api-context';
import { ArrowLeftIcon } from '@renderer/components/icons';
import { FileStep, useImportWizard, useMappingDraft, WizardSteps } from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { panelHref } from '../panel-routes';
import { ImportHistory } from './import-history';
import { draftFromPreview, toImportMapping } from './mapping-draft';
import { MappingStep, type ValueSettings } from './mapping-step';
import { consentInput, OptionsStep, type ImportOptions } from './options-step';
import { PreviewStep } from './preview-step';
import { RunStep } from './run-step';

const wizardSteps = ['file', 'preview', 'mapping', 'options', 'run'] as const;
type WizardStep = (typeof wizardSteps)[number];

const columnsOf = (preview: ImportPreview) => preview.columns.map((c) => c.name).join('\u0000');

/** #/panel/import: the import wizard (file → preview → columns → options → run and result). */
export function ImportPage({ onShowMembers }: { onShowMembers(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const wizard = useImportWizard<WizardStep>('file', 'run');
  const { step, setStep, source, overrides, setOverrides } = wizard;
  const [settings, setSettings] = useState<ValueSettings>({ dateFormat: 'YYYY-MM-DD', decimalComma: false, collectedOn: '' });
  const [options, setOptions] = useState<ImportOptions>({ onDuplicate: 'skip', mode: 'all-or-nothing', consent: null });

  const preview = useAsync(
    () => (source ? api.call('members.previewImport', { file: source.file, ...overrides }) : Promise.resolve(null)),
    [api, source, overrides],
  );

  // New columns (another file, or the header setting changed): start from the core's suggestions.
  const [draft, setDraft] = useMappingDraft(preview.data, columnsOf, draftFromPreview);
  const consentColumn = draft.find((c) => c.target === 'consentStatus')?.column ?? null;

  const start = useAction(async (mode: ImportOptions['mode']) => {
    if (!source) return;
    const checked = toImportMapping(draft, settings.collectedOn);
    if (!('mapping' in checked)) {
      setStep('mapping');
      return;
    }
    const { jobId: id } = await api.call('members.import', {
      file: source.file,
      ...overrides,
      mapping: checked.mapping,
      onDuplicate: options.onDuplicate,
      mode,
      dateFormat: settings.dateFormat,
      decimalComma: settings.decimalComma,
      ...(settings.collectedOn.trim() ? { collectedOn: settings.collectedOn.trim() } : {}),
      ...(consentColumn ? {} : { consent: consentInput(options.consent) }),
      language: wizard.language,
    });
    wizard.started(id);
  });

  return (
    <div className="page page-wide import-page">
      <a className="back-link" href={panelHref()}>
        <ArrowLeftIcon />
        {t('panel.member.back')}
      </a>
      <header className="page-header">
        <h1>{t('panel.import.title')}</h1>
      </header>
      <WizardSteps steps={wizardSteps} current={step} label={(s) => t(`panel.import.step.${s}`)} />
      {step === 'file' && (
        <>
          <FileStep intro={t('panel.import.file.intro')} purpose="memberImport" exampleName="members.csv" onSource={(next) => wizard.chooseFile(next, 'preview')} />
          <ImportHistory />
        </>
      )}
      {step === 'preview' && (
        <PreviewStep
          preview={preview.data}
          loading={preview.loading}
          error={preview.error}
          overrides={overrides}
          onOverrides={setOverrides}
          onBack={wizard.restart}
          onNext={() => setStep('mapping')}
        />
      )}
      {step === 'mapping' && preview.data && (
        <MappingStep
          preview={preview.data}
          overrides={overrides}
          draft={draft}
          onDraft={setDraft}
          settings={settings}
          onSettings={setSettings}
          onBack={() => setStep('preview')}
          onNext={() => setStep('options')}
        />
      )}
      {step === 'options' && preview.data && (
        <OptionsStep
          preview={preview.data}
          mapped={draft.filter((c) => c.target !== 'ignore').length}
          consentColumn={consentColumn}
          options={options}
          onOptions={setOptions}
          starting={start.busy}
          error={start.error}
          onBack={() => setStep('mapping')}
          onStart={() => void start.run(options.mode)}
        />
      )}
      {step === 'run' && wizard.jobId && (
        <RunStep
          jobId={wizard.jobId}
          onRetryValidRows={() => {
            setOptions((o) => ({ ...o, mode: 'valid-rows' }));
            void start.run('valid-rows');
          }}
          onAnother={wizard.restart}
          onShowMembers={onShowMembers}
        />
      )}
    </div>
  );
}
