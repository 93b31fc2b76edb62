import { useTranslation } from 'react-i18next';
import { AppMark, DatabaseIcon } from '@renderer/components/icons';
import { FileMenu } from './file/file-menu';
import { LanguageSwitch } from './language-switch';
import { ProfileControl } from './profile-control';
import { useWorkspace } from './workspace-context';

export function HeaderBar() {
  const { t } = useTranslation();
  const { info } = useWorkspace();
  return (
    <header className="app-header">
      <div className="app-brand">
        <AppMark className="app-mark" />
        <span className="app-name">{t('app.name')}</span>
      </div>
      <FileMenu />
      <div className="header-workspace" title={info?.path} aria-label={t('header.workspace')} role="group">
        {info ? (
          <>
            <DatabaseIcon className="header-workspace-icon" />
            <span className="header-workspace-name">{info.name}</span>
          </>
        ) : (
          <span className="muted">{t('header.noWorkspace')}</span>
        )}
      </div>
      <div className="header-end">
        <LanguageSwitch />
        <ProfileControl />
      </div>
    </header>
  );
}
