import { ApiProvider } from '@renderer/api/api-context';
import { AppShell } from '@renderer/shell/app-shell';
import { fakeClient, type FakeHandlers } from './fake-client';
import { render, settle } from './render';

/** The whole window (header, areas, jobs panel) at a route, answering from `handlers`. */
export async function renderWindow(hash: string, handlers: FakeHandlers) {
  window.location.hash = hash;
  const fake = fakeClient(handlers);
  const root = await render(
    <ApiProvider client={fake.client}>
      <AppShell />
    </ApiProvider>,
  );
  await settle();
  await settle();
  return { fake, root };
}
