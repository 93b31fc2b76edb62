import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { ConflictsCard } from './conflicts-card';
import { ExportCard } from './export-card';
import { ImportCard } from './import-card';

/** #/bundles: export a bundle, import one (with its report), and resolve the conflicts imports kept aside. */
export function BundlesPage() {
  // Another workspace: start afresh.
  return <WorkspaceRequired>{(info) => <BundlesArea key={info.path} />}</WorkspaceRequired>;
}

function BundlesArea() {
  const { t } = useTranslation();
  // Bumped when an import ends: the conflicts are read again.
  const [imports, setImports] = useState(0);
  return (
    <div className="page bundles-page">
      <header className="page-header">
        <h1>{t('bundles.title')}</h1>
        <p className="muted bundles-intro">{t('bundles.intro')}</p>
      </header>
      <div className="bundles-grid">
        <ExportCard />
        <ImportCard onImported={() => setImports((n) => n + 1)} />
      </div>
      <ConflictsCard refresh={imports} />
    </div>
  );
}
