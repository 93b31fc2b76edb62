import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { DatabaseIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useWorkspace } from '../workspace-context';

/**
 * Lists workspace files in the folders the host allows (the browser host has no native file dialog).
 * A workspace another program holds is refused; the user may take it over when sure it is open
 * nowhere (the lock was left by a crash, or copied with the file).
 */
export function OpenWorkspaceDialog({ initialPath, onClose }: { initialPath: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const workspace = useWorkspace();
  const format = useFormat();
  const folderId = useId();
  const [dir, setDir] = useState<string | null>(null);
  const [tried, setTried] = useState<string | null>(null);
  const listing = useAsync(() => api.call('workspace.browse', { dir }), [api, dir]);

  const open = useAction(async (path: string, takeOver: boolean) => {
    setTried(path);
    workspace.expectSwitch(path);
    await api.call('workspace.open', { path, takeOver });
    workspace.reload();
    onClose();
  });
  const { run } = open;
  useEffect(() => {
    if (initialPath) void run(initialPath, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the path the dialog was opened with.
  }, []);

  const files = listing.data?.files ?? [];
  const locked = open.error?.code === 'LOCKED' && tried !== null;
  return (
    <Dialog title={t('openWorkspace.title')} onClose={onClose} size="wide">
      <div className="dialog-body">
        <div className="field">
          <label htmlFor={folderId}>{t('file.folder')}</label>
          <select
            id={folderId}
            value={listing.data?.dir ?? ''}
            onChange={(e) => setDir(e.target.value)}
            disabled={!listing.data || listing.data.dirs.length < 2}
          >
            {listing.data?.dirs.map((folder) => (
              <option key={folder} value={folder}>
                {folder}
              </option>
            ))}
          </select>
        </div>
        <FormError error={listing.error ?? open.error} />
        {locked && (
          <div className="take-over">
            <p className="field-hint">{t('openWorkspace.takeOverHint')}</p>
            <button type="button" className="button button-danger" disabled={open.busy} onClick={() => void open.run(tried, true)}>
              {t('openWorkspace.takeOver')}
            </button>
          </div>
        )}
        {listing.data && files.length === 0 && <p className="muted file-list-empty">{t('openWorkspace.empty')}</p>}
        {files.length > 0 && (
          <ul className="file-list" aria-busy={listing.loading || open.busy}>
            {files.map((file) => {
              const isOpen = file.path === workspace.info?.path;
              return (
                <li key={file.path}>
                  <button type="button" className="file-row" disabled={isOpen || open.busy} onClick={() => void open.run(file.path, false)}>
                    <DatabaseIcon className="file-row-icon" />
                    <span className="file-row-name">{file.name.replace(/\.sqlite$/, '')}</span>
                    <span className="file-row-meta">
                      {isOpen ? t('openWorkspace.current') : `${format.bytes(file.sizeBytes)} · ${format.dateTime(file.modifiedAt)}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
