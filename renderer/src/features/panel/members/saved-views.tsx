import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '@api/members';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { ChevronDownIcon } from '@renderer/components/icons';
import { Popover } from '@renderer/components/popover';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';
import type { MembersBrowser } from './members-browser';

/** Saved views: load one (filter, search, sort, columns), save the current table as one, delete one. */
export function SavedViews({ browser }: { browser: MembersBrowser }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const views = useAsync(() => api.call('views.list', {}), [api]);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const current = browser.view;

  const remove = async (view: SavedView) => {
    await api.call('views.delete', { id: view.id });
    if (current?.id === view.id) browser.applyView(null);
    views.reload();
    setDeleting(null);
    notify('success', t('panel.views.deleted', { name: view.name }));
  };

  return (
    <>
      <Popover
        title={t('panel.views.title')}
        label={
          <>
            <span className="views-button-label">{current ? current.name : t('panel.views.button')}</span>
            <ChevronDownIcon />
          </>
        }
      >
        {(close) => (
          <div className="views-menu">
            <FormError error={views.error} />
            {views.data?.views.length === 0 && <p className="muted">{t('panel.views.none')}</p>}
            <ul className="views-list">
              {views.data?.views.map((view) => (
                <li key={view.id}>
                  <button
                    type="button"
                    className="menu-item"
                    aria-current={current?.id === view.id}
                    onClick={() => {
                      browser.applyView(view);
                      close();
                    }}
                  >
                    {view.name}
                  </button>
                  <button type="button" className="button button-small button-quiet" onClick={() => {
                      close();
                      setDeleting(view);
                    }}
                    aria-label={t('panel.views.delete', { name: view.name })}>
                    {t('panel.views.deleteShort')}
                  </button>
                </li>
              ))}
            </ul>
            <div className="views-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  close();
                  setSaving(true);
                }}
              >
                {t('panel.views.save')}
              </button>
            </div>
          </div>
        )}
      </Popover>
      {deleting && (
        <ConfirmDialog title={t('panel.views.deleteTitle')} confirmLabel={t('panel.views.deleteShort')} danger onConfirm={() => remove(deleting)} onClose={() => setDeleting(null)}>
          {t('panel.views.confirmDelete', { name: deleting.name })}
        </ConfirmDialog>
      )}
      {saving && (
        <SaveViewDialog
          browser={browser}
          onClose={() => setSaving(false)}
          onSaved={(view) => {
            views.reload();
            browser.applyView(view);
            notify('success', t('panel.views.saved', { name: view.name }));
            setSaving(false);
          }}
        />
      )}
    </>
  );
}

function SaveViewDialog({ browser, onClose, onSaved }: { browser: MembersBrowser; onClose: () => void; onSaved: (view: SavedView) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const nameId = useId();
  const current = browser.view;
  const [name, setName] = useState(current?.name ?? '');
  const [replace, setReplace] = useState(current !== null);
  const save = useAction(async () => {
    const { filter, search, sort } = browser.query;
    onSaved(
      await api.call('views.save', {
        ...(replace && current ? { id: current.id } : {}),
        name: name.trim(),
        filter,
        search: search || null,
        sort,
        columns: browser.columns,
      }),
    );
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void save.run();
  };
  return (
    <Dialog title={t('panel.views.saveTitle')} onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('panel.views.saveIntro')}</p>
        <div className="field">
          <label htmlFor={nameId}>{t('panel.views.name')}</label>
          <input id={nameId} data-autofocus value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        {current && (
          <label className="checkbox-field">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            <span className="checkbox-label">{t('panel.views.replace', { name: current.name })}</span>
          </label>
        )}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={save.busy || !name.trim()}>
            {t('panel.views.saveButton')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
