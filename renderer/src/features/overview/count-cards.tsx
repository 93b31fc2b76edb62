import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { useFormat } from '@renderer/i18n/format';

function CountCard({ label, value }: { label: string; value: number }) {
  const format = useFormat();
  const labelId = useId();
  return (
    <div className="card count-card" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="count-card-label">
        {label}
      </span>
      <span className="count-card-value">{format.count(value)}</span>
    </div>
  );
}

export function CountCards({ counts }: { counts: WorkspaceInfo['counts'] }) {
  const { t } = useTranslation();
  return (
    <section className="count-cards" aria-label={t('overview.counts.label')}>
      <CountCard label={t('overview.counts.members')} value={counts.members} />
      <CountCard label={t('overview.counts.surveys')} value={counts.surveys} />
      <CountCard label={t('overview.counts.responses')} value={counts.responses} />
    </section>
  );
}
