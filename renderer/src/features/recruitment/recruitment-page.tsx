import { useTranslation } from 'react-i18next';
import { EmptyState } from '@renderer/components/empty-state';
import { useErrorText } from '@renderer/i18n/error-text';
import { useHashRoute } from '@renderer/shell/hash-route';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { CampaignDetail } from './campaigns/campaign-detail';
import { CampaignsView } from './campaigns/campaigns-view';
import { MemberCatalogProvider } from './member-catalog';
import { OpennessView } from './openness/openness-view';
import { parseRecruitmentPath, recruitmentHash, type RecruitmentView } from './recruitment-route';
import { ShortlistProvider } from './shortlist/shortlist-context';
import { ShortlistView } from './shortlist/shortlist-view';

/** Recruitment: the panel's openness, the seed-user shortlist and recruitment campaigns, as tabs. */
export function RecruitmentPage() {
  const { t } = useTranslation();
  const { info, error } = useWorkspace();
  const errorText = useErrorText();
  const route = useHashRoute();
  const view = parseRecruitmentPath(route?.path ?? []);

  if (!info) {
    return (
      <div className="page">
        {error ? (
          <EmptyState title={t('recruitment.noWorkspace.title')}>{error.key === 'errors.noWorkspace' ? t('recruitment.noWorkspace.body') : errorText(error)}</EmptyState>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }

  return (
    <MemberCatalogProvider>
      <ShortlistProvider key={info.path} workspace={info.path}>
        <div className="page recruitment-page">
          <header className="page-header">
            <h1>{t('recruitment.title')}</h1>
            <p className="page-subtitle">{t('recruitment.subtitle')}</p>
          </header>
          <RecruitmentTabs view={view} />
          {view.view === 'openness' && <OpennessView />}
          {view.view === 'shortlist' && <ShortlistView />}
          {view.view === 'campaigns' && <CampaignsView />}
          {view.view === 'campaign' && <CampaignDetail key={`${info.path}#${view.campaignId}`} campaignId={view.campaignId} />}
        </div>
      </ShortlistProvider>
    </MemberCatalogProvider>
  );
}

function RecruitmentTabs({ view }: { view: RecruitmentView }) {
  const { t } = useTranslation();
  const tabs = [
    { target: { view: 'openness' } as const, label: t('recruitment.tabs.openness'), current: view.view === 'openness' },
    { target: { view: 'shortlist' } as const, label: t('recruitment.tabs.shortlist'), current: view.view === 'shortlist' },
    { target: { view: 'campaigns' } as const, label: t('recruitment.tabs.campaigns'), current: view.view === 'campaigns' || view.view === 'campaign' },
  ];
  return (
    <nav className="rc-tabs" aria-label={t('recruitment.tabs.label')}>
      {tabs.map((tab) => (
        <a key={tab.target.view} className="rc-tab" href={recruitmentHash(tab.target)} aria-current={tab.current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
