import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';

/**
 * How full a quota or target is: filled of target as a bar and in numbers. Reaching the target
 * turns the bar to the "full" colour; later qualified members of that segment are waitlisted.
 */
export function FillBar({ label, filled, target, waitlisted }: { label: string; filled: number; target: number | null; waitlisted?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ratio = target ? Math.min(1, filled / target) : 0;
  const full = target !== null && filled >= target;
  const amount = target === null ? t('recruitment.fill.noTarget', { filled: format.count(filled) }) : t('recruitment.fill.amount', { filled: format.count(filled), target: format.count(target) });
  return (
    <div className={`rc-fill${full ? ' rc-fill-full' : ''}`}>
      <div
        className="rc-fill-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={target ?? undefined}
        aria-valuenow={filled}
        aria-valuetext={amount}
      >
        <div className="rc-fill-bar" style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className="rc-fill-amount">
        {amount}
        {waitlisted ? <span className="muted"> · {t('recruitment.fill.waitlisted', { count: format.count(waitlisted) })}</span> : null}
      </span>
    </div>
  );
}
