import { useId, type ReactNode } from 'react';

/** A labelled control in the app's field style; the control gets the id the label points at. */
export function Field({ label, className, children }: { label: string; className?: string; children(id: string): ReactNode }) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
