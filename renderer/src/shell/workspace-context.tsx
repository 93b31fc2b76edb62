import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';
import { workspaceNameOf } from './file/file-names';
import { useNotify } from './notices';

export interface WorkspaceContextValue {
  info: WorkspaceInfo | null;
  /** errors.noWorkspace when nothing is open. */
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  /** This window is about to open or create the workspace at path: its workspace.changed is no news. */
  expectSwitch(path: string): void;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/**
 * The open workspace's info, read again on workspace.changed and whenever events may have been lost.
 * All windows and tabs of one workbench share its one open workspace: when another of them (or the
 * desktop menu) switches it, this one follows, says so, and calls onSwitchedElsewhere (the app shell
 * leaves pages that show the previous workspace's records).
 */
export function WorkspaceProvider({ children, onSwitchedElsewhere }: { children: ReactNode; onSwitchedElsewhere?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { data, error, loading, reload } = useAsync(() => api.call('workspace.info', {}), [api]);
  const shownPath = useRef<string | null>(null);
  const expected = useRef<string | null>(null);

  useEffect(() => {
    shownPath.current = data?.path ?? null;
  }, [data]);

  useEffect(() => {
    const onChanged = ({ path }: { path: string }) => {
      const ours = path === expected.current;
      if (!ours) expected.current = null;
      if (!ours && shownPath.current !== null && path !== shownPath.current) {
        notify('info', t('workspaceSwitch.followed', { name: workspaceNameOf(path) }));
        onSwitchedElsewhere?.();
      }
      reload();
    };
    const unsubscribe = [api.on('workspace.changed', onChanged), api.onResync(reload)];
    return () => unsubscribe.forEach((off) => off());
  }, [api, reload, notify, t, onSwitchedElsewhere]);

  const expectSwitch = useCallback((path: string) => {
    expected.current = path;
  }, []);
  const value = useMemo(() => ({ info: data, error, loading, reload, expectSwitch }), [data, error, loading, reload, expectSwitch]);
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace needs a <WorkspaceProvider>.');
  return value;
}
