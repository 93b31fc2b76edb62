import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { DraftsCard } from './home/drafts-card';
import { VersionsCard } from './home/versions-card';
import { useKioskSession } from './kiosk/kiosk-session';
import { KioskSetupDialog, type SetupTarget } from './setup/kiosk-setup-dialog';

export type CollectableVersion = MethodOutput<'collect.versions'>['versions'][number];
export type Draft = MethodOutput<'collect.drafts'>['drafts'][number];

/** #/collect: the unfinished responses to resume or discard, and the published surveys to run in kiosk mode. */
export function CollectPage() {
  return <WorkspaceRequired>{(info) => <CollectHome key={info.path} />}</WorkspaceRequired>;
}

function CollectHome() {
  const { t } = useTranslation();
  const api = useApi();
  const [earlier, setEarlier] = useState(false);
  const [setup, setSetup] = useState<SetupTarget | null>(null);
  // Read again when a kiosk session ends: its response is now complete, or a draft to resume.
  const inKiosk = useKioskSession() !== null;
  const versions = useAsync(() => api.call('collect.versions', { all: earlier }), [api, earlier, inKiosk]);
  const drafts = useAsync(() => api.call('collect.drafts', {}), [api, inKiosk]);

  return (
    <div className="page page-wide collect-page">
      <header className="page-heading">
        <h1>{t('collect.title')}</h1>
        <p className="page-subtitle">{t('collect.subtitle')}</p>
      </header>
      <DraftsCard drafts={drafts} onResume={(draft) => setSetup({ kind: 'resume', draft })} />
      <VersionsCard versions={versions} earlier={earlier} onEarlier={setEarlier} onStart={(version) => setSetup({ kind: 'new', version })} />
      {setup && <KioskSetupDialog target={setup} onClose={() => setSetup(null)} />}
    </div>
  );
}
