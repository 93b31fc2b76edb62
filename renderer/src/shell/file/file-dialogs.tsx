import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useWorkspace } from '../workspace-context';
import { NewWorkspaceDialog } from './new-workspace-dialog';
import { OpenWorkspaceDialog } from './open-workspace-dialog';
import { SaveCopyDialog } from './save-copy-dialog';

/** open with a path: try that workspace at once (a Recent entry another program holds), offering to take it over. */
export type FileDialogRequest = { kind: 'new'; demo?: boolean } | { kind: 'open'; path?: string } | { kind: 'saveCopy' };

const FileDialogsContext = createContext<{ open(request: FileDialogRequest): void } | null>(null);

/** The File menu's dialogs, which pages can open too (e.g. an empty state's "New workspace…"). */
export function FileDialogsProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<FileDialogRequest | null>(null);
  const { info } = useWorkspace();
  const close = useCallback(() => setRequest(null), []);
  const value = useMemo(() => ({ open: setRequest }), []);
  // Save a copy belongs to the workspace it was opened for; another window may switch it meanwhile.
  useEffect(() => setRequest((r) => (r?.kind === 'saveCopy' ? null : r)), [info?.path]);
  return (
    <FileDialogsContext value={value}>
      {children}
      {request?.kind === 'new' && <NewWorkspaceDialog demo={request.demo ?? false} onClose={close} />}
      {request?.kind === 'open' && <OpenWorkspaceDialog initialPath={request.path ?? null} onClose={close} />}
      {request?.kind === 'saveCopy' && info && <SaveCopyDialog workspaceName={info.name} onClose={close} />}
    </FileDialogsContext>
  );
}

export function useFileDialogs(): { open(request: FileDialogRequest): void } {
  const value = useContext(FileDialogsContext);
  if (!value) throw new Error('useFileDialogs needs a <FileDialogsProvider>.');
  return value;
}
