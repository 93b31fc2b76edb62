/** A determinate bar when the total is known, else an indeterminate one. */
export function ProgressBar({ done, total, label }: { done: number; total: number | null; label: string }) {
  const determinate = total !== null && total > 0;
  const ratio = determinate ? Math.min(1, done / total) : 0;
  return (
    <div
      className={`progress-bar${determinate ? '' : ' progress-bar-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={determinate ? total : undefined}
      aria-valuenow={determinate ? done : undefined}
    >
      <div className="progress-bar-fill" style={determinate ? { width: `${ratio * 100}%` } : undefined} />
    </div>
  );
}
