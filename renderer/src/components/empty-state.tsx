import type { ReactNode } from 'react';

/**
 * A calm placeholder where content will be: what is missing, why, and what to do; `details` goes
 * under the text (e.g. the progress of the job that will fill it).
 */
export function EmptyState({ title, children, details, actions, busy = false }: { title: string; children: ReactNode; details?: ReactNode; actions?: ReactNode; busy?: boolean }) {
  return (
    <section className="empty-state" aria-busy={busy}>
      {busy && <span className="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      <p>{children}</p>
      {details}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </section>
  );
}
