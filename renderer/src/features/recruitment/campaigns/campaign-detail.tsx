import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@api/campaigns';
import type { MethodOutput } from '@api/index';
import { campaignMemberStatuses } from '@model/recruitment/campaign-status';
import { useApi } from '@renderer/api/api-context';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { usePercentileMethodText } from '../method-text';
import { useRecruitmentFormat } from '../recruitment-format';
import { recruitmentHash } from '../recruitment-route';
import { CampaignActions } from './campaign-actions';
import { CampaignMembers, type MemberNames } from './campaign-members';
import { CampaignStatusBadge } from './campaign-status';
import { ContactHistory } from './contact-history';
import { FillBar } from './fill-bar';

type FillResult = MethodOutput<'campaigns.fill'>;
const LIVE_REFRESH_MS = 15_000;

/** One campaign: status and actions, frozen thresholds, rules, live quota fills, members and contact history. */
export function CampaignDetail({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useWorkspace();
  const loaded = useAsync(() => api.call('campaigns.get', { campaignId }), [api, campaignId, info?.path]);
  // Bumped whenever the campaign changed, so the members and history lists read again.
  const [version, setVersion] = useState(0);
  const [override, setOverride] = useState<Campaign | null>(null);
  const [fill, setFill] = useState<FillResult | null>(null);
  const [names, setNames] = useState<MemberNames>(new Map());
  const campaign = override ?? loaded.data;

  const changed = useCallback((next: Campaign) => {
    setOverride(next);
    setVersion((v) => v + 1);
  }, []);
  const onNames = useCallback((more: MemberNames) => setNames((known) => new Map([...known, ...more])), []);

  // Fills and counts stay live while the page is open, also when automation changes the campaign.
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      // A failed refresh keeps what is shown; the next one tries again.
      api.call('campaigns.get', { campaignId }).then(setOverride, () => undefined);
    }, LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api, campaignId]);

  if (!campaign) {
    return (
      <>
        <BackLink />
        {loaded.error ? (
          <FormError error={loaded.error} />
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </>
    );
  }

  return (
    <>
      <BackLink />
      <CampaignHeader
        campaign={campaign}
        onChanged={changed}
        onFilled={(result) => {
          setFill(result);
          changed(result.campaign);
        }}
      />
      {fill && <FillSummary result={fill} />}
      <div className="rc-campaign-grid">
        <FillCard campaign={campaign} />
        <RulesCard campaign={campaign} />
      </div>
      <CampaignMembers campaign={campaign} version={version} onChanged={() => void api.call('campaigns.get', { campaignId }).then(changed)} onNames={onNames} />
      <ContactHistory campaignId={campaign.id} version={version} names={names} />
    </>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="rc-back" href={recruitmentHash({ view: 'campaigns' })}>
      ← {t('recruitment.campaign.back')}
    </a>
  );
}

function CampaignHeader({ campaign, onChanged, onFilled }: { campaign: Campaign; onChanged(c: Campaign): void; onFilled(r: FillResult): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card rc-campaign-head" aria-labelledby="rc-campaign-name">
      <div className="rc-card-head">
        <div className="rc-card-head-text">
          <h2 id="rc-campaign-name" className="rc-campaign-title">
            {campaign.name} <CampaignStatusBadge status={campaign.status} />
          </h2>
          {campaign.description && <p className="rc-campaign-description">{campaign.description}</p>}
          <p className="card-caption">
            {t('recruitment.campaign.created', { by: campaign.createdBy, at: format.dateTime(campaign.createdAt) })}
            {campaign.startedAt && ` · ${t('recruitment.campaign.started', { at: format.dateTime(campaign.startedAt) })}`}
            {campaign.closedAt && ` · ${t('recruitment.campaign.closed', { at: format.dateTime(campaign.closedAt) })}`}
          </p>
        </div>
      </div>
      <CampaignActions campaign={campaign} onChanged={onChanged} onFilled={onFilled} />
      <FrozenThresholds campaign={campaign} />
    </section>
  );
}

function FrozenThresholds({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const methodText = usePercentileMethodText();
  if (campaign.status === 'draft') return <p className="rc-note">{t('recruitment.campaign.notFrozenYet')}</p>;
  const th = campaign.thresholds;
  if (!th) return <p className="rc-note">{t('recruitment.campaign.noFrozen')}</p>;
  return (
    <div className="rc-frozen" role="group" aria-label={t('recruitment.campaign.frozenTitle')}>
      <p>
        <strong className="rc-lead">{t('recruitment.campaign.frozenLead')}</strong>
        {t('recruitment.campaign.frozen', { p25: rf.score(th.p25), p75: rf.score(th.p75), scored: format.count(th.scored), at: format.dateTime(th.frozenAt) })}
      </p>
      <p className="muted">
        {t('recruitment.openness.percentileMethod', { method: methodText(th.method) })}
      </p>
    </div>
  );
}

function FillSummary({ result }: { result: FillResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = result.disqualified;
  return (
    <p className="rc-result-line" role="status">
      {t('recruitment.campaign.fillResult', {
        screened: format.count(result.screened),
        qualified: format.count(result.qualified),
        waitlisted: format.count(result.waitlisted),
        disqualified: format.count(d.rules + d.notScored + d.notContactable),
        rules: format.count(d.rules),
        notScored: format.count(d.notScored),
        notContactable: format.count(d.notContactable),
        still: format.count(result.stillWaitlisted),
      })}
    </p>
  );
}

function FillCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const filterText = useFilterText();
  return (
    <section className="card" aria-labelledby="rc-fill-title">
      <h2 id="rc-fill-title" className="card-title">
        {t('recruitment.campaign.fillTitle')}
      </h2>
      <p className="card-caption">{t('recruitment.campaign.fillCaption')}</p>
      <div className="rc-fill-list">
        <div className="rc-fill-row">
          <span className="rc-fill-label">{t('recruitment.campaign.overall')}</span>
          <FillBar label={t('recruitment.campaign.overall')} filled={campaign.filled} target={campaign.target} />
        </div>
        {campaign.quotas.map((q) => (
          <div key={q.id} className="rc-fill-row">
            <span className="rc-fill-label">
              {q.label}
              <span className="rc-fill-segment">{filterText(q.filter)}</span>
            </span>
            <FillBar label={q.label} filled={q.filled} target={q.target} waitlisted={q.waitlisted} />
          </div>
        ))}
        {campaign.quotas.length === 0 && <p className="muted">{t('recruitment.campaign.noQuotas')}</p>}
      </div>
      <dl className="rc-status-counts" aria-label={t('recruitment.campaign.statusCounts')}>
        {campaignMemberStatuses.map((s) => (
          <div key={s} className={`rc-status-count rc-member-status-${s}`}>
            <dt>{t(`recruitment.memberStatus.${s}`)}</dt>
            <dd>{format.count(campaign.counts[s])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RulesCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const filterText = useFilterText();
  return (
    <section className="card" aria-labelledby="rc-rules-title">
      <h2 id="rc-rules-title" className="card-title">
        {t('recruitment.campaign.rulesTitle')}
      </h2>
      <p className="rc-rules-text">{campaign.rules ? filterText(campaign.rules) : t('recruitment.campaign.noRules')}</p>
      <p className="rc-note">{t('recruitment.campaign.rulesNote')}</p>
    </section>
  );
}
