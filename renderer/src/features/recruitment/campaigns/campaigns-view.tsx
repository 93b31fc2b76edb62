import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import type { MethodOutput } from '@api/index';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { navigate } from '@renderer/shell/hash-route';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { RECRUITMENT_ID, recruitmentHash } from '../recruitment-route';
import { CampaignEditorDialog } from './campaign-editor-dialog';
import { CampaignStatusBadge } from './campaign-status';
import { FillBar } from './fill-bar';
import { FrequencyCapCard } from './frequency-cap-card';

type CampaignSummary = MethodOutput<'campaigns.list'>['campaigns'][number];

/** Recruitment campaigns with status and fill, newest first; a new one opens in its own page once created. */
export function CampaignsView() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { info } = useWorkspace();
  const list = useAsync(() => api.call('campaigns.list', {}), [api, info?.path]);
  const [creating, setCreating] = useState(false);
  const campaigns = list.data?.campaigns ?? [];
  const columns: DataColumn<CampaignSummary>[] = [
    { id: 'name', header: t('recruitment.campaigns.col.name'), className: 'rc-campaign-name', cell: (c) => <a href={recruitmentHash({ view: 'campaign', campaignId: c.id })}>{c.name}</a> },
    { id: 'status', header: t('recruitment.campaigns.col.status'), className: 'rc-col-status', cell: (c) => <CampaignStatusBadge status={c.status} /> },
    {
      id: 'filled',
      header: t('recruitment.campaigns.col.filled'),
      className: 'rc-col-fill',
      cell: (c) => <FillBar label={t('recruitment.campaigns.fillOf', { name: c.name })} filled={c.filled} target={c.target} />,
    },
    { id: 'invited', header: t('recruitment.campaigns.col.invited'), numeric: true, cell: (c) => format.count(Object.values(c.counts).reduce((sum, n) => sum + n, 0)) },
    { id: 'waitlisted', header: t('recruitment.campaigns.col.waitlisted'), numeric: true, cell: (c) => format.count(c.counts.waitlisted) },
    { id: 'created', header: t('recruitment.campaigns.col.created'), className: 'rc-date', cell: (c) => format.dateTime(c.createdAt) },
  ];

  return (
    <>
      <section className="card" aria-labelledby="rc-campaigns-title">
        <div className="rc-card-head">
          <div className="rc-card-head-text">
            <h2 id="rc-campaigns-title" className="card-title">
              {t('recruitment.campaigns.title')}
            </h2>
            <p className="card-caption">{t('recruitment.campaigns.caption')}</p>
          </div>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('recruitment.campaigns.new')}
          </button>
        </div>
        <FormError error={list.error} />
        {list.data && campaigns.length === 0 && <EmptyState title={t('recruitment.campaigns.emptyTitle')}>{t('recruitment.campaigns.emptyBody')}</EmptyState>}
        {campaigns.length > 0 && (
          <DataTable caption={t('recruitment.campaigns.title')} className="rc-campaigns-table" fixed columns={columns} rows={campaigns} rowKey={(c) => c.id} />
        )}
      </section>
      <FrequencyCapCard />
      {creating && (
        <CampaignEditorDialog
          campaign={null}
          onClose={() => setCreating(false)}
          onSaved={(campaign) => {
            setCreating(false);
            navigate(RECRUITMENT_ID, 'campaigns', String(campaign.id));
          }}
        />
      )}
    </>
  );
}
