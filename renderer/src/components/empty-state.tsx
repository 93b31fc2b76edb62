import type { ReactNode } from 'react';

/** A calm placeholder where content will be: what is missing, why, and what to do. */
export function EmptyState({ title, children, actions, busy = false }: { title: string; children: ReactNode; actions?: ReactNode; busy?: boolean }) {
  return (
    <section className="empty-state" aria-busy={busy}>
      {busy && <span className="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      <p>{children}</p>
      {actions && <div className="empty-state-actions">{actions}</div>}
    </section>
  );
}
