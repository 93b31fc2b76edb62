import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useDesktop } from '@renderer/hooks/use-desktop';
import { isLanguageCode } from '@renderer/i18n/languages';
import { useHashRoute } from '@renderer/shell/hash-route';
import { useJobs } from '@renderer/shell/jobs-context';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { LayoutCard, WhatCard } from './export-choices';
import { draftFromRoute, draftOptions, exportInput, startExport, type ExportDraft } from './export-draft';
import { PreviewCard } from './export-preview';
import { ExportRun } from './export-run';
import { FileSettingsCard } from './file-settings';

/** #/export: what to export, how, a preview of the first rows, then the file (save dialog or download) as a job. */
export function ExportPage() {
  const route = useHashRoute();
  const path = route?.path ?? [];
  // Another workspace, or another address (a version's responses, the members list's filter): start afresh.
  return <WorkspaceRequired>{(info) => <ExportArea key={`${info.path}|${path.join('/')}`} path={path} />}</WorkspaceRequired>;
}

function ExportArea({ path }: { path: string[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const desktop = useDesktop();
  const { track } = useJobs();
  const language = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const [draft, setDraft] = useState<ExportDraft>(() => draftFromRoute(path));
  const [jobId, setJobId] = useState<string | null>(null);
  const change = (c: Partial<ExportDraft>) => setDraft((d) => ({ ...d, ...c }));
  const versions = useAsync(() => api.call('collect.versions', { all: true }), [api]);
  const campaigns = useAsync(() => api.call('campaigns.list', { status: null }), [api]);
  const segments = useAsync(() => api.call('segments.list', {}), [api]);
  const firstVersion = versions.data?.versions[0]?.surveyVersionId;
  const firstCampaign = campaigns.data?.campaigns[0]?.id;

  // Nothing chosen yet: the newest version, the newest campaign.
  useEffect(() => {
    if (firstVersion && draft.surveyVersionId === null) change({ surveyVersionId: firstVersion });
    if (firstCampaign !== undefined && draft.campaignId === null) change({ campaignId: firstCampaign });
  }, [firstVersion, firstCampaign, draft.surveyVersionId, draft.campaignId]);

  const options = draftOptions(draft, language);
  const input = exportInput(draft, language);
  const key = JSON.stringify(input);
  const preview = useAsync(async () => (input ? api.call('export.preview', input) : null), [api, key]);

  const start = useAction(async () => {
    if (!input) return;
    let target: { path?: string; replace: boolean } = { replace: false };
    if (desktop) {
      const chosen = await api.call('dialogs.savePath', { purpose: 'export', defaultName: `${draft.kind}.csv` });
      if (!chosen.path) return;
      // The save dialog has asked before replacing a file.
      target = { path: chosen.path, replace: true };
    }
    const { jobId: started } = await startExport(api, input, target);
    track(started);
    setJobId(started);
  });

  return (
    <div className="page page-wide export-page">
      <header className="page-heading">
        <h1>{t('export.title')}</h1>
        <p className="export-intro">{t('export.intro')}</p>
      </header>
      {jobId ? (
        <ExportRun jobId={jobId} onAnother={() => setJobId(null)} />
      ) : (
        <>
          <FormError error={versions.error ?? campaigns.error ?? segments.error} />
          <div className="export-grid">
            <WhatCard draft={draft} onChange={change} versions={versions.data?.versions ?? []} campaigns={campaigns.data?.campaigns ?? []} segments={segments.data?.segments ?? []} />
            {(draft.kind === 'responses' || draft.kind === 'codebook') && <LayoutCard draft={draft} onChange={change} />}
            <FileSettingsCard draft={draft} options={options} onChange={change} />
          </div>
          <PreviewCard preview={preview.data} loading={preview.loading} error={preview.error} />
          <FormError error={start.error} />
          <div className="wizard-actions">
            <button type="button" className="button button-primary" disabled={!input || preview.error !== null || start.busy} onClick={() => void start.run()}>
              {desktop ? t('export.run.startAs') : t('export.run.start')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
