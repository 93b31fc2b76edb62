import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useWorkspace } from '../workspace-context';
import { NewWorkspaceDialog } from './new-workspace-dialog';
import { OpenWorkspaceDialog } from './open-workspace-dialog';
import { SaveCopyDialog } from './save-copy-dialog';

export type FileDialogRequest = { kind: 'new'; demo?: boolean } | { kind: 'open' } | { kind: 'saveCopy' };

const FileDialogsContext = createContext<{ open(request: FileDialogRequest): void } | null>(null);

/** The File menu's dialogs, which pages can open too (e.g. an empty state's "New workspace…"). */
export function FileDialogsProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<FileDialogRequest | null>(null);
  const { info } = useWorkspace();
  const close = useCallback(() => setRequest(null), []);
  const value = useMemo(() => ({ open: setRequest }), []);
  return (
    <FileDialogsContext value={value}>
      {children}
      {request?.kind === 'new' && <NewWorkspaceDialog demo={request.demo ?? false} onClose={close} />}
      {request?.kind === 'open' && <OpenWorkspaceDialog onClose={close} />}
      {request?.kind === 'saveCopy' && info && <SaveCopyDialog workspaceName={info.name} onClose={close} />}
    </FileDialogsContext>
  );
}

export function useFileDialogs(): { open(request: FileDialogRequest): void } {
  const value = useContext(FileDialogsContext);
  if (!value) throw new Error('useFileDialogs needs a <FileDialogsProvider>.');
  return value;
}
