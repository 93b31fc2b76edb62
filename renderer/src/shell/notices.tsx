import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '@renderer/components/icons';

/** info: news the user did not cause (another tab switched the workspace); it stays until dismissed, like an error. */
export type NoticeKind = 'success' | 'info' | 'error';
interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

const SUCCESS_VISIBLE_MS = 8000;

const NoticesContext = createContext<((kind: NoticeKind, text: string) => void) | null>(null);

/** Short messages about actions that have no dialog of their own left to show them (saved, failed to open). */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const notify = useCallback((kind: NoticeKind, text: string) => {
    setNotices((list) => [...list, { id: nextId.current++, kind, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return (
    <NoticesContext value={notify}>
      {children}
      <NoticeStack notices={notices} onDismiss={dismiss} />
    </NoticesContext>
  );
}

export function useNotify(): (kind: NoticeKind, text: string) => void {
  const notify = useContext(NoticesContext);
  if (!notify) throw new Error('useNotify needs a <NoticesProvider>.');
  return notify;
}

/** Under the app, in the window's column: the page makes room for the notices instead of lying under them. */
function NoticeStack({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice-stack">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    // Errors stay until read; confirmations go by themselves.
    if (notice.kind !== 'success') return;
    const timer = setTimeout(() => onDismiss(notice.id), SUCCESS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span className="notice-text">{notice.text}</span>
      <button type="button" className="icon-button" onClick={() => onDismiss(notice.id)} aria-label={t('common.dismiss')}>
        <CloseIcon />
      </button>
    </div>
  );
}
