import { useTranslation } from 'react-i18next';
import type { Connection } from './api';
import { ApiProvider } from './api/api-context';
import { EmptyState } from './components/empty-state';
import { AppShell } from './shell/app-shell';

export function App({ connection }: { connection: Connection }) {
  if (connection.tokenMissing) return <TokenMissing />;
  return (
    <ApiProvider client={connection.client}>
      <AppShell />
    </ApiProvider>
  );
}

/** The browser host's page opened without its token: say how to get in, rather than fail every call. */
function TokenMissing() {
  const { t } = useTranslation();
  return (
    <main className="standalone">
      <EmptyState title={t('app.tokenMissing.title')}>{t('app.tokenMissing.body')}</EmptyState>
    </main>
  );
}
