import { useTranslation } from 'react-i18next';
import type { OpennessOverview } from '@api/recruitment';
import { OPENNESS_ITEM_COUNT, OPENNESS_MIN_ANSWERED, OPENNESS_REVERSE_KEYED, SCALE_MAX, SCALE_MIN } from '@model/openness';
import { useFormat } from '@renderer/i18n/format';
import { useRecruitmentFormat } from '../recruitment-format';

/** Beside the distribution: the scale's reliability on these members, who was scored, and the summary statistics. */
export function ReliabilityCard({ overview }: { overview: OpennessOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const { reliability, population, distribution } = overview;
  const notScreened = population.members - population.screened;
  const stat = (x: number | null, f: (n: number) => string) => (x === null ? '–' : f(x));

  return (
    <section className="card rc-side-card" aria-labelledby="rc-reliability-title">
      <h2 id="rc-reliability-title" className="card-title">
        {t('recruitment.openness.reliabilityTitle')}
      </h2>
      {reliability ? (
        <div className="rc-alpha" role="group" aria-label={t('recruitment.openness.alpha')}>
          <span className="rc-alpha-label">{t('recruitment.openness.alpha')}</span>
          <span className="rc-alpha-value">{rf.coefficient(reliability.alpha)}</span>
          <span className="rc-alpha-n">{t('recruitment.openness.alphaN', { n: format.count(reliability.n), items: reliability.items })}</span>
        </div>
      ) : (
        <p className="muted">{t('recruitment.openness.noAlpha')}</p>
      )}
      <p className="rc-note">{t('recruitment.method.alpha')}</p>

      <h3 className="rc-subtitle">{t('recruitment.openness.populationTitle')}</h3>
      <dl className="rc-stats">
        <dt>{t('recruitment.openness.members')}</dt>
        <dd>{format.count(population.members)}</dd>
        <dt>{t('recruitment.openness.scored')}</dt>
        <dd>{format.count(population.scored)}</dd>
        <dt>{t('recruitment.openness.notScored', { min: OPENNESS_MIN_ANSWERED, items: OPENNESS_ITEM_COUNT })}</dt>
        <dd>{format.count(population.notScored)}</dd>
        <dt>{t('recruitment.openness.notScreened')}</dt>
        <dd>{format.count(notScreened)}</dd>
      </dl>

      <h3 className="rc-subtitle">{t('recruitment.openness.statsTitle')}</h3>
      <dl className="rc-stats">
        <dt>{t('recruitment.openness.mean')}</dt>
        <dd>{stat(distribution.mean, rf.score)}</dd>
        <dt>{t('recruitment.openness.sd')}</dt>
        <dd>{stat(distribution.sd, rf.score)}</dd>
        <dt>{t('recruitment.openness.median')}</dt>
        <dd>{stat(distribution.median, rf.score)}</dd>
        <dt>{t('recruitment.openness.quartiles')}</dt>
        <dd>{distribution.p25 === null || distribution.p75 === null ? '–' : `${rf.score(distribution.p25)} – ${rf.score(distribution.p75)}`}</dd>
      </dl>
      <p className="rc-note">
        {t('recruitment.method.scoring', { reversed: OPENNESS_REVERSE_KEYED.join(', '), min: OPENNESS_MIN_ANSWERED, items: OPENNESS_ITEM_COUNT, flip: SCALE_MIN + SCALE_MAX })}
      </p>
    </section>
  );
}
