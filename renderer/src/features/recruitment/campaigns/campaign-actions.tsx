import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@api/campaigns';
import type { MethodOutput } from '@api/index';
import { campaignTransitions } from '@model/recruitment/campaign-status';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useErrorText } from '@renderer/i18n/error-text';
import { navigate } from '@renderer/shell/hash-route';
import { useNotify } from '@renderer/shell/notices';
import { usePercentileMethodText } from '../method-text';
import { useRecruitmentFormat } from '../recruitment-format';
import { RECRUITMENT_ID } from '../recruitment-route';
import { CampaignEditorDialog } from './campaign-editor-dialog';
import { InviteDialog } from './invite-dialog';

type FillResult = MethodOutput<'campaigns.fill'>;
type Open = 'edit' | 'start' | 'close' | 'delete' | 'invite' | null;

/** What can be done with the campaign in its status: edit, start, invite, fill, pause / resume, close, delete. */
export function CampaignActions({ campaign, onChanged, onFilled }: { campaign: Campaign; onChanged(c: Campaign): void; onFilled(r: FillResult): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorText = useErrorText();
  const format = useFormat();
  const [open, setOpen] = useState<Open>(null);
  const next = campaignTransitions[campaign.status];
  const id = { campaignId: campaign.id };

  // Quick actions report failures as notices (they have no dialog to show them in).
  const quick = useAction(async (kind: 'fill' | 'running' | 'paused') => {
    try {
      if (kind === 'fill') onFilled(await api.call('campaigns.fill', id));
      else onChanged(await api.call('campaigns.setStatus', { ...id, status: kind }));
    } catch (err) {
      notify('error', errorText(err));
    }
  });
  const open_ = campaign.status === 'running' || campaign.status === 'paused';

  return (
    <div className="rc-campaign-actions">
      {campaign.status === 'draft' && (
        <button type="button" className="button button-primary" onClick={() => setOpen('start')}>
          {t('recruitment.campaign.start')}
        </button>
      )}
      {campaign.status === 'running' && (
        <button type="button" className="button button-primary" onClick={() => setOpen('invite')}>
          {t('recruitment.campaign.invite')}
        </button>
      )}
      {open_ && (
        <button type="button" className="button" disabled={quick.busy} onClick={() => void quick.run('fill')} title={t('recruitment.campaign.fillHint')}>
          {t('recruitment.campaign.fill')}
        </button>
      )}
      {next.includes('paused') && (
        <button type="button" className="button" disabled={quick.busy} onClick={() => void quick.run('paused')}>
          {t('recruitment.campaign.pause')}
        </button>
      )}
      {next.includes('running') && (
        <button type="button" className="button" disabled={quick.busy} onClick={() => void quick.run('running')}>
          {t('recruitment.campaign.resume')}
        </button>
      )}
      {campaign.status !== 'closed' && (
        <button type="button" className="button" onClick={() => setOpen('edit')}>
          {t('recruitment.campaign.edit')}
        </button>
      )}
      {next.includes('closed') && (
        <button type="button" className="button" onClick={() => setOpen('close')}>
          {t('recruitment.campaign.close')}
        </button>
      )}
      {campaign.status === 'draft' && (
        <button type="button" className="button rc-button-danger" onClick={() => setOpen('delete')}>
          {t('recruitment.campaign.delete')}
        </button>
      )}

      {open === 'edit' && (
        <CampaignEditorDialog
          campaign={campaign}
          onClose={() => setOpen(null)}
          onSaved={(c) => {
            setOpen(null);
            onChanged(c);
          }}
        />
      )}
      {open === 'start' && (
        <StartDialog
          campaign={campaign}
          onClose={() => setOpen(null)}
          onStarted={(c) => {
            setOpen(null);
            onChanged(c);
          }}
        />
      )}
      {open === 'close' && (
        <ConfirmDialog
          title={t('recruitment.campaign.closeTitle')}
          confirmLabel={t('recruitment.campaign.close')}
          onConfirm={async () => {
            onChanged(await api.call('campaigns.setStatus', { ...id, status: 'closed' }));
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        >
          {t('recruitment.campaign.closeBody', { name: campaign.name })}
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title={t('recruitment.campaign.deleteTitle')}
          confirmLabel={t('recruitment.campaign.delete')}
          danger
          onConfirm={async () => {
            await api.call('campaigns.delete', id);
            notify('success', t('recruitment.campaign.deleted', { name: campaign.name }));
            navigate(RECRUITMENT_ID, 'campaigns');
          }}
          onClose={() => setOpen(null)}
        >
          {t('recruitment.campaign.deleteBody', { name: campaign.name })}
        </ConfirmDialog>
      )}
      {open === 'invite' && (
        <InviteDialog
          campaignId={campaign.id}
          onClose={() => setOpen(null)}
          onInvited={(result) => {
            notify('success', t('recruitment.invite.done', { count: format.count(result.invited) }));
            void api.call('campaigns.get', id).then(onChanged);
          }}
        />
      )}
    </div>
  );
}

/** Starting freezes the panel's band thresholds into the campaign: show them before the user commits. */
function StartDialog({ campaign, onClose, onStarted }: { campaign: Campaign; onClose(): void; onStarted(c: Campaign): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const methodText = usePercentileMethodText();
  const panel = useAsync(() => api.call('recruitment.openness', { filter: null }), [api]);
  const start = useAction(async () => onStarted(await api.call('campaigns.start', { campaignId: campaign.id })));
  const th = panel.data?.thresholds;
  return (
    <Dialog title={t('recruitment.campaign.startTitle')} onClose={onClose}>
      <div className="dialog-body">
        <p className="dialog-intro">{t('recruitment.campaign.startIntro', { name: campaign.name })}</p>
        {panel.data &&
          (th ? (
            <div className="rc-frozen">
              <p>{t('recruitment.campaign.startThresholds', { p25: rf.score(th.p25), p75: rf.score(th.p75), scored: format.count(th.scored) })}</p>
              <p className="muted">
                {t('recruitment.openness.percentileMethod', { method: methodText(th.method) })}
              </p>
            </div>
          ) : (
            <p className="rc-notice-inline">{t('recruitment.campaign.startNoBands', { min: panel.data.minScoredForBands })}</p>
          ))}
        <FormError error={panel.error ?? start.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={start.busy} onClick={() => void start.run()}>
            {start.busy ? t('common.working') : t('recruitment.campaign.startConfirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
