import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAllowedFolders } from './use-allowed-folders';
import { useJobs } from '../jobs-context';
import { useNotify } from '../notices';
import { useWorkspace } from '../workspace-context';
import { FileTargetFields, useFileTarget } from './file-target-fields';
import { baseName } from './file-names';

export function NewWorkspaceDialog({ demo: initialDemo, onClose }: { demo: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const jobs = useJobs();
  const workspace = useWorkspace();
  const notify = useNotify();
  const target = useFileTarget('', useAllowedFolders());
  const [demo, setDemo] = useState(initialDemo);

  const create = useAction(async (path: string) => {
    workspace.expectSwitch(path);
    const { jobId } = await api.call('workspace.create', { path, demo });
    if (jobId) jobs.track(jobId);
    workspace.reload();
    notify('success', t('newWorkspace.created', { name: baseName(target.name) }));
    onClose();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = target.submit();
    if (path) void create.run(path);
  };

  return (
    <Dialog title={t('newWorkspace.title')} onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('newWorkspace.intro')}</p>
        <FileTargetFields target={target} />
        <label className="checkbox-field">
          <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.target.checked)} />
          <span>
            <span className="checkbox-label">{t('newWorkspace.demo')}</span>
            <span className="field-hint">{t('newWorkspace.demoHint')}</span>
          </span>
        </label>
        <FormError error={create.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={create.busy}>
            {create.busy ? t('common.working') : t('newWorkspace.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
