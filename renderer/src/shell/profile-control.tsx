import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { UserIcon } from '@renderer/components/icons';
import { useAsync } from '@renderer/hooks/use-async';
import { ProfileDialog } from './profile-dialog';

/** The local user's name in the header; on first run (no name yet) it asks for one before anything else. */
export function ProfileControl() {
  const { t } = useTranslation();
  const api = useApi();
  const profile = useAsync(() => api.call('profile.get', {}), [api]);
  const [editing, setEditing] = useState(false);
  const name = profile.data?.name ?? null;
  const firstRun = profile.data !== null && name === null;

  return (
    <>
      {name && (
        <button type="button" className="header-button user-button" onClick={() => setEditing(true)} aria-label={t('header.user', { name })} title={t('header.user', { name })}>
          <UserIcon />
          <span className="user-name">{name}</span>
        </button>
      )}
      {(firstRun || editing) && (
        <ProfileDialog
          initialName={name ?? ''}
          firstRun={firstRun}
          onSaved={() => {
            setEditing(false);
            profile.reload();
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
