import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newMembersOption, rateBarsOption, type RateBar } from '@model/charts/health-charts';
import { lifecycleFunnelOption, NO_STAGE, type FunnelBar } from '@model/charts/lifecycle-funnel';
import { ChartView } from '@renderer/components/chart/chart';
import { useFormat } from '@renderer/i18n/format';
import { useHealthText, type Health } from './health-format';
import { HealthNote } from './health-note';

const BAR_HEIGHT = 40;
const BARS_PADDING = 24;
const WEEKS_HEIGHT = 240;

function ChartCard({ id, title, how, children }: { id: string; title: string; how: Health['how'][keyof Health['how']]; children: ReactNode }) {
  return (
    <section className="card health-card" aria-labelledby={`health-${id}`}>
      <h2 className="card-title" id={`health-${id}`}>
        {title}
      </h2>
      {children}
      <HealthNote how={how} />
    </section>
  );
}

/** Members by stage (each bar: at that stage or later), with a "No stage" bar for members without one. */
export function FunnelCard({ health }: { health: Health }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(() => {
    const stages: Record<FunnelBar, string> = {
      acquisition: t('member.lifecycleStage.acquisition'),
      activation: t('member.lifecycleStage.activation'),
      retention: t('member.lifecycleStage.retention'),
      monetization: t('member.lifecycleStage.monetization'),
      [NO_STAGE]: t('lifecycleFunnel.noStage'),
    };
    const counts = health.funnel.map((f) => ({ stage: f.stage ?? NO_STAGE, members: f.count }));
    const labels = { stages, reached: t('overview.lifecycle.reached'), current: t('overview.lifecycle.current'), share: t('overview.lifecycle.share') };
    return lifecycleFunnelOption({ counts, members: health.members, labels, format });
  }, [health, t, format]);
  const bars = option.dataset.source.length;
  return (
    <ChartCard id="funnel" title={t('health.funnel.title')} how={health.how.funnel}>
      <ChartView fileStem="health-lifecycle-funnel" option={option} height={bars * 44 + 44} label={t('health.funnel.title')} />
    </ChartCard>
  );
}

export function NewMembersCard({ health }: { health: Health }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useHealthText();
  const option = useMemo(
    () => newMembersOption({ weeks: health.newMembersPerWeek, labels: { members: t('health.newMembers.members'), week: (monday) => t('health.newMembers.week', { date: text.shortDay(monday) }) }, format }),
    [health, t, text, format],
  );
  return (
    <ChartCard id="new-members" title={t('health.newMembers.title')} how={health.how.newMembersPerWeek}>
      <ChartView fileStem="health-new-members" option={option} height={WEEKS_HEIGHT} label={t('health.newMembers.title')} />
    </ChartCard>
  );
}

/** Rates as bars (participation, retention), or a sentence where there is none. */
function RateBarsCard({ id, title, how, name, bars, none }: { id: string; title: string; how: Health['how'][keyof Health['how']]; name: string; bars: RateBar[]; none: string }) {
  const format = useFormat();
  const option = useMemo(() => rateBarsOption({ name, format, bars }), [name, format, bars]);
  return (
    <ChartCard id={id} title={title} how={how}>
      {bars.length ? <ChartView fileStem={`health-${id}`} option={option} height={bars.length * BAR_HEIGHT + BARS_PADDING} label={title} /> : <p className="muted">{none}</p>}
    </ChartCard>
  );
}

export function ParticipationCard({ health }: { health: Health }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bars = useMemo(
    () =>
      health.participation.map((p) => ({
        label: t('health.participation.survey', { title: p.title, version: p.version }),
        rate: p.rate,
        detail: t('health.participation.detail', { participants: format.count(p.participants), members: format.count(health.members) }),
      })),
    [health, t, format],
  );
  return <RateBarsCard id="participation" title={t('health.participation.title')} how={health.how.participation} name={t('health.participation.rate')} bars={bars} none={t('health.participation.none')} />;
}

export function RetentionCard({ health }: { health: Health }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bars = useMemo(
    () =>
      health.retention.map((c) => ({
        // A cohort whose window is still open says so beside its month: its rate can still grow.
        label: c.complete ? c.month : `${c.month} (${t('health.retention.open')})`,
        rate: c.rate,
        detail: t('health.retention.detail', { retained: format.count(c.retained), joined: format.count(c.joined) }),
      })),
    [health, t, format],
  );
  return <RateBarsCard id="retention" title={t('health.retention.title')} how={health.how.retention} name={t('health.retention.rate')} bars={bars} none={t('health.retention.none')} />;
}
