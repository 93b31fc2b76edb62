import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '../notices';
import { FileTargetFields, useFileTarget } from './file-target-fields';
import { useAllowedFolders } from './use-allowed-folders';

/** The core refuses to replace a file unless told replace: true; this is its answer when a file is there. */
const isFileExists = (err: unknown) => err instanceof ApiError && err.code === 'CONFLICT' && err.key === 'errors.fileExists';

export function SaveCopyDialog({ workspaceName, onClose }: { workspaceName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const target = useFileTarget(`${workspaceName}-copy`, useAllowedFolders());
  const [existing, setExisting] = useState<string | null>(null);

  const backup = async (path: string, replace: boolean) => {
    const copy = await api.call('workspace.backup', { path, replace });
    notify('success', t('saveCopy.saved', { path: copy.path, size: format.bytes(copy.sizeBytes) }));
    onClose();
  };

  const save = useAction(async (path: string) => {
    try {
      await backup(path, false);
    } catch (err) {
      // A file is there: ask before replacing it (a workspace is never replaced; the core says so).
      if (!isFileExists(err)) throw err;
      setExisting(path);
    }
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = target.submit();
    if (path) void save.run(path);
  };

  // The confirmation is a sibling, not a child: Escape there must not reach this dialog's handler.
  return (
    <>
      <Dialog title={t('saveCopy.title')} onClose={onClose}>
        <form className="dialog-body" onSubmit={submit} noValidate>
          <p className="dialog-intro">{t('saveCopy.intro')}</p>
          <FileTargetFields target={target} />
          <FormError error={save.error} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={save.busy}>
              {save.busy ? t('common.working') : t('saveCopy.save')}
            </button>
          </div>
        </form>
      </Dialog>
      {existing && (
        <ConfirmDialog
          title={t('saveCopy.replaceTitle')}
          confirmLabel={t('saveCopy.replace')}
          danger
          onConfirm={() => backup(existing, true)}
          onClose={() => setExisting(null)}
        >
          <p>{t('saveCopy.replaceBody', { path: existing })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
