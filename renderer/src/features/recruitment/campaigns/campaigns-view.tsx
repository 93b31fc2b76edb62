import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
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

/** Recruitment campaigns with status and fill, newest first; a new one opens in its own page once created. */
export function CampaignsView() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { info } = useWorkspace();
  const list = useAsync(() => api.call('campaigns.list', {}), [api, info?.path]);
  const [creating, setCreating] = useState(false);
  const campaigns = list.data?.campaigns ?? [];

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
          <div className="rc-table-wrap">
            <table className="rc-table rc-campaigns-table">
              <caption className="visually-hidden">{t('recruitment.campaigns.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('recruitment.campaigns.col.name')}</th>
                  <th scope="col">{t('recruitment.campaigns.col.status')}</th>
                  <th scope="col" className="rc-col-fill">
                    {t('recruitment.campaigns.col.filled')}
                  </th>
                  <th scope="col" className="rc-num">
                    {t('recruitment.campaigns.col.invited')}
                  </th>
                  <th scope="col" className="rc-num">
                    {t('recruitment.campaigns.col.waitlisted')}
                  </th>
                  <th scope="col">{t('recruitment.campaigns.col.created')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((c) => (
                  <tr key={c.id}>
                    <td className="rc-campaign-name">
                      <a href={recruitmentHash({ view: 'campaign', campaignId: c.id })}>{c.name}</a>
                    </td>
                    <td>
                      <CampaignStatusBadge status={c.status} />
                    </td>
                    <td className="rc-col-fill">
                      <FillBar label={t('recruitment.campaigns.fillOf', { name: c.name })} filled={c.filled} target={c.target} />
                    </td>
                    <td className="rc-num">{format.count(Object.values(c.counts).reduce((sum, n) => sum + n, 0))}</td>
                    <td className="rc-num">{format.count(c.counts.waitlisted)}</td>
                    <td className="rc-date">{format.dateTime(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
