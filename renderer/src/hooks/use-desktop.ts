import { useApi } from '@renderer/api/api-context';
import { useAsync } from './use-async';

/** Whether the window is the desktop app (native file dialogs) rather than the browser host (upload and download). */
export function useDesktop(): boolean {
  const api = useApi();
  return useAsync(() => api.call('app.info', {}), [api]).data?.host === 'electron';
}
