import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { ChevronDownIcon, ChevronRightIcon } from '@renderer/components/icons';
import { menuItems, moveMenuFocus } from '@renderer/components/menu-keys';
import { useAsync } from '@renderer/hooks/use-async';
import { useErrorText } from '@renderer/i18n/error-text';
import { useNotify } from '../notices';
import { useWorkspace } from '../workspace-context';
import { useFileDialogs, type FileDialogRequest } from './file-dialogs';

type CloseMenu = (returnFocus: boolean) => void;

/** The File menu button: New, Open, Recent ▸, Save a copy. */
export function FileMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback<CloseMenu>((returnFocus) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('file.menu')}
        <ChevronDownIcon className="header-button-chevron" />
      </button>
      {open && <FileMenuPopup id={menuId} button={buttonRef} onClose={close} />}
    </div>
  );
}

function FileMenuPopup({ id, button, onClose }: { id: string; button: RefObject<HTMLButtonElement | null>; onClose: CloseMenu }) {
  const { t } = useTranslation();
  const dialogs = useFileDialogs();
  const { info } = useWorkspace();
  const menuRef = useRef<HTMLUListElement>(null);
  const recentRef = useRef<HTMLButtonElement>(null);
  // How the Recent submenu was opened: from the keyboard, focus moves into it.
  const [recentOpen, setRecentOpen] = useState<false | 'pointer' | 'keyboard'>(false);

  useEffect(() => {
    if (menuRef.current) menuItems(menuRef.current)[0]?.focus();
    const closeOnOutsidePress = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress);
  }, [button, onClose]);

  const openDialog = (request: FileDialogRequest) => {
    // Focus goes back to the File button first, so the dialog returns it there when it closes.
    onClose(true);
    dialogs.open(request);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (menuRef.current && moveMenuFocus(menuRef.current, e.key)) e.preventDefault();
    else if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'Tab') onClose(false);
  };

  const closeRecent = () => setRecentOpen(false);

  return (
    <ul ref={menuRef} id={id} role="menu" className="menu" aria-label={t('file.menu')} onKeyDown={onKeyDown}>
      <li role="none" onMouseEnter={closeRecent}>
        <button type="button" role="menuitem" className="menu-item" onClick={() => openDialog({ kind: 'new' })}>
          {t('file.new')}
        </button>
      </li>
      <li role="none" onMouseEnter={closeRecent}>
        <button type="button" role="menuitem" className="menu-item" onClick={() => openDialog({ kind: 'open' })}>
          {t('file.open')}
        </button>
      </li>
      <li role="none" className="menu-submenu-anchor" onMouseEnter={() => setRecentOpen((how) => how || 'pointer')}>
        <button
          ref={recentRef}
          type="button"
          role="menuitem"
          className="menu-item"
          aria-haspopup="menu"
          aria-expanded={recentOpen !== false}
          // detail is 0 when Enter or Space clicked it.
          onClick={(e) => setRecentOpen(e.detail === 0 ? 'keyboard' : 'pointer')}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') {
              e.preventDefault();
              e.stopPropagation();
              setRecentOpen('keyboard');
            }
          }}
        >
          <span>{t('file.recent')}</span>
          <ChevronRightIcon className="menu-item-chevron" />
        </button>
        {recentOpen && (
          <RecentSubmenu
            focusFirst={recentOpen === 'keyboard'}
            onBack={() => {
              setRecentOpen(false);
              recentRef.current?.focus();
            }}
            onClose={onClose}
          />
        )}
      </li>
      <li role="separator" className="menu-separator" />
      <li role="none" onMouseEnter={closeRecent}>
        <button
          type="button"
          role="menuitem"
          className="menu-item"
          aria-disabled={!info}
          onClick={() => info && openDialog({ kind: 'saveCopy' })}
        >
          {t('file.saveCopy')}
        </button>
      </li>
    </ul>
  );
}

function RecentSubmenu({ focusFirst, onBack, onClose }: { focusFirst: boolean; onBack: () => void; onClose: CloseMenu }) {
  const { t } = useTranslation();
  const api = useApi();
  const workspace = useWorkspace();
  const dialogs = useFileDialogs();
  const notify = useNotify();
  const errorText = useErrorText();
  const recent = useAsync(() => api.call('workspace.recent', {}), [api]);
  const menuRef = useRef<HTMLUListElement>(null);
  const items = recent.data?.items;

  useEffect(() => {
    if (focusFirst && items && menuRef.current) menuItems(menuRef.current)[0]?.focus();
  }, [focusFirst, items]);

  const openRecent = (path: string) => {
    onClose(true);
    workspace.expectSwitch(path);
    api.call('workspace.open', { path }).then(workspace.reload, (err: unknown) => {
      // Held by another program: the Open dialog says so and offers to take it over.
      if (ApiError.from(err).code === 'LOCKED') dialogs.open({ kind: 'open', path });
      else notify('error', errorText(err));
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // This menu's keys are its own, not its parent's.
    e.stopPropagation();
    if (menuRef.current && moveMenuFocus(menuRef.current, e.key)) e.preventDefault();
    else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
      e.preventDefault();
      onBack();
    } else if (e.key === 'Tab') onClose(false);
  };

  return (
    <ul ref={menuRef} role="menu" className="menu submenu" aria-label={t('file.recent')} aria-busy={!items} onKeyDown={onKeyDown}>
      {items?.length === 0 && (
        <li role="none">
          <button type="button" role="menuitem" className="menu-item" aria-disabled>
            {t('file.recentEmpty')}
          </button>
        </li>
      )}
      {items?.map((item) => (
        <li role="none" key={item.path}>
          <button
            type="button"
            role="menuitem"
            className="menu-item menu-item-two-lines"
            aria-disabled={!item.exists}
            title={item.path}
            onClick={() => item.exists && openRecent(item.path)}
          >
            <span className="menu-item-title">
              {item.name}
              {!item.exists && <span className="tag tag-muted">{t('file.recentMissing')}</span>}
            </span>
            <span className="menu-item-detail">{item.path}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
