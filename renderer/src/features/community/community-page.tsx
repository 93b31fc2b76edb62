import { useTranslation } from 'react-i18next';
import { routeHash, useHashRoute } from '@renderer/shell/hash-route';
import { NoWorkspacePage } from '@renderer/shell/no-workspace-page';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { FactImportWizard } from './fact-import-wizard';
import { HealthDashboard } from './health-dashboard';
import { LifecycleRulesPage } from './lifecycle-rules-page';
import { RfmGroupsPage } from './rfm-groups-page';

const tabs = ['dashboard', 'lifecycle', 'rfm', 'transactions', 'activity'] as const;
type Tab = (typeof tabs)[number];

/** #/community/<tab>: the health dashboard, lifecycle rules, RFM groups, and the transactions and activity imports. */
export function CommunityPage() {
  const { t } = useTranslation();
  const { info, error } = useWorkspace();
  const route = useHashRoute();
  if (error?.key === 'errors.noWorkspace') return <NoWorkspacePage />;
  const tab: Tab = tabs.find((x) => x === route?.path[0]) ?? 'dashboard';
  return (
    <div className="page page-wide community-page">
      <header className="page-header">
        <h1>{t('community.title')}</h1>
      </header>
      <p className="page-intro">{t('community.intro')}</p>
      <nav className="community-tabs" aria-label={t('community.tabs.label')}>
        {tabs.map((x) => (
          <a key={x} href={routeHash('community', x)} aria-current={x === tab ? 'page' : undefined}>
            {t(`community.tabs.${x}`)}
          </a>
        ))}
      </nav>
      {!info ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : (
        // Another workspace or another tab: start afresh.
        <div key={`${info.path}\u0000${tab}`}>
          {tab === 'dashboard' && <HealthDashboard />}
          {tab === 'lifecycle' && <LifecycleRulesPage />}
          {tab === 'rfm' && <RfmGroupsPage />}
          {(tab === 'transactions' || tab === 'activity') && <FactImportWizard kind={tab} />}
        </div>
      )}
    </div>
  );
}
