import { useEffect, type ReactNode } from 'react';
import { features, findFeature } from '@renderer/features/registry';
import { FileDialogsProvider } from './file/file-dialogs';
import { HeaderBar } from './header-bar';
import { replaceRoute, useHashRoute } from './hash-route';
import { JobsPanel } from './jobs-panel';
import { JobsProvider } from './jobs-context';
import { NavBar } from './nav-bar';
import { NoticesProvider } from './notices';
import { useWorkspace, WorkspaceProvider } from './workspace-context';
import './shell.css';

/** The window: header, navigation of the registered features, the active page and the jobs panel. */
export function AppShell() {
  return (
    <NoticesProvider>
      <WorkspaceProvider onSwitchedElsewhere={showStartPage}>
        <WorkspaceJobsProvider>
          <FileDialogsProvider>
            <div className="app">
              <HeaderBar />
              <ActiveFeature />
              <JobsPanel />
            </div>
            <FeatureOverlays />
          </FileDialogsProvider>
        </WorkspaceJobsProvider>
      </WorkspaceProvider>
    </NoticesProvider>
  );
}

/** After another window switched the workspace: pages of the previous one (a member, an import) are left. */
const showStartPage = () => replaceRoute(features[0]!.id);

/** A job that ended may have changed the workspace (events are hints): read it again. */
function WorkspaceJobsProvider({ children }: { children: ReactNode }) {
  const { reload } = useWorkspace();
  return <JobsProvider onJobEnded={reload}>{children}</JobsProvider>;
}

function FeatureOverlays() {
  return features.map((feature) => {
    const Overlay = feature.overlay;
    return Overlay ? <Overlay key={feature.id} /> : null;
  });
}

function ActiveFeature() {
  const route = useHashRoute();
  const start = features[0]!;
  const feature = findFeature(route?.featureId) ?? start;
  useEffect(() => {
    if (route?.featureId !== feature.id) replaceRoute(feature.id);
  }, [route?.featureId, feature.id]);
  const Page = feature.page;
  return (
    <div className="app-body">
      <NavBar active={feature} />
      <main className="app-main">
        <Page />
      </main>
    </div>
  );
}
