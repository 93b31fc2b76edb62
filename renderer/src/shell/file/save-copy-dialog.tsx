import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '../notices';
import { FileTargetFields, useFileTarget } from './file-target-fields';
import { useAllowedFolders } from './use-allowed-folders';

export function SaveCopyDialog({ workspaceName, onClose }: { workspaceName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const target = useFileTarget(`${workspaceName}-copy`, useAllowedFolders());

  const save = useAction(async (path: string) => {
    const copy = await api.call('workspace.backup', { path });
    notify('success', t('saveCopy.saved', { path: copy.path, size: format.bytes(copy.sizeBytes) }));
    onClose();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = target.submit();
    if (path) void save.run(path);
  };

  return (
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
  );
}
