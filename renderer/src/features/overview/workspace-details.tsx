import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { useFormat } from '@renderer/i18n/format';

export function WorkspaceDetails({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card details-card">
      <h2 className="card-title">{t('overview.details.title')}</h2>
      <dl className="details-list">
        <dt>{t('overview.details.path')}</dt>
        <dd className="file-path">{info.path}</dd>
        <dt>{t('overview.details.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
        <dt>{t('overview.details.size')}</dt>
        <dd>{format.bytes(info.sizeBytes)}</dd>
      </dl>
    </section>
  );
}
