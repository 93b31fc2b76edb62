import { useTranslation } from 'react-i18next';
import { MemberVocabularyProvider } from '@renderer/members/member-vocabulary';
import { useHashRoute } from '@renderer/shell/hash-route';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { analysisHash, parseAnalysisView, type AnalysisView } from './analysis-route';
import { ResultsView } from './results/results-view';
import { SegmentsView } from './segments/segments-view';

/** #/analysis: segments of the panel, and per-question results and crosstabs, as tabs. */
export function AnalysisPage() {
  // Another workspace: start afresh (its segments, surveys and members are other ones).
  return (
    <WorkspaceRequired>
      {(info) => (
        <MemberVocabularyProvider key={info.path}>
          <AnalysisArea />
        </MemberVocabularyProvider>
      )}
    </WorkspaceRequired>
  );
}

function AnalysisArea() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const view = parseAnalysisView(route?.path ?? []);
  return (
    <div className="page page-wide analysis-page">
      <header className="page-heading">
        <h1>{t('analysis.title')}</h1>
        <p className="page-subtitle">{t('analysis.subtitle')}</p>
      </header>
      <AnalysisTabs view={view} />
      {view === 'segments' ? <SegmentsView /> : <ResultsView />}
    </div>
  );
}

function AnalysisTabs({ view }: { view: AnalysisView }) {
  const { t } = useTranslation();
  const tabs: AnalysisView[] = ['segments', 'results'];
  return (
    <nav className="an-tabs" aria-label={t('analysis.tabs.label')}>
      {tabs.map((tab) => (
        <a key={tab} className="an-tab" href={analysisHash(tab)} aria-current={tab === view ? 'page' : undefined}>
          {t(`analysis.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
