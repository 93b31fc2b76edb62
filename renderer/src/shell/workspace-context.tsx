import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { WorkspaceInfo } from '@api/workspace';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';

export interface WorkspaceContextValue {
  info: WorkspaceInfo | null;
  /** errors.noWorkspace when nothing is open. */
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** The open workspace's info, read again on workspace.changed and whenever events may have been lost. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { data, error, loading, reload } = useAsync(() => api.call('workspace.info', {}), [api]);

  useEffect(() => {
    const unsubscribe = [api.on('workspace.changed', reload), api.onResync(reload)];
    return () => unsubscribe.forEach((off) => off());
  }, [api, reload]);

  const value = useMemo(() => ({ info: data, error, loading, reload }), [data, error, loading, reload]);
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace needs a <WorkspaceProvider>.');
  return value;
}
