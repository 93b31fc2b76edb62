import { useTranslation } from 'react-i18next';
import type { OpennessOverview } from '@api/recruitment';
import { opennessBands } from '@model/members/member-fields';
import { useFormat } from '@renderer/i18n/format';
import { useRecruitmentFormat } from '../recruitment-format';

/** Members per band (low < P25 ≤ mid ≤ P75 < high) by the panel's thresholds, or why there are no bands yet. */
export function BandsCard({ overview, filtered }: { overview: OpennessOverview; filtered: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const { bands, thresholds, population, minScoredForBands } = overview;

  return (
    <section className="card" aria-labelledby="rc-bands-title">
      <h2 id="rc-bands-title" className="card-title">
        {t('recruitment.openness.bandsTitle')}
      </h2>
      {bands && thresholds ? (
        <>
          <p className="card-caption">{t(filtered ? 'recruitment.openness.bandsCaptionFiltered' : 'recruitment.openness.bandsCaption')}</p>
          <div className="rc-bands">
            {opennessBands.map((band) => {
              const count = bands[band];
              const share = population.scored > 0 ? count / population.scored : 0;
              const range =
                band === 'low'
                  ? t('recruitment.openness.rangeLow', { p25: rf.score(thresholds.p25) })
                  : band === 'mid'
                    ? t('recruitment.openness.rangeMid', { p25: rf.score(thresholds.p25), p75: rf.score(thresholds.p75) })
                    : t('recruitment.openness.rangeHigh', { p75: rf.score(thresholds.p75) });
              return (
                <div key={band} className={`rc-band rc-band-${band}`} role="group" aria-label={t(`member.opennessBand.${band}`)}>
                  <span className="rc-band-name">{t(`member.opennessBand.${band}`)}</span>
                  <span className="rc-band-range">{range}</span>
                  <span className="rc-band-count">{format.count(count)}</span>
                  <span className="rc-band-bar" aria-hidden="true">
                    <span style={{ width: `${share * 100}%` }} />
                  </span>
                  <span className="rc-band-share">{t('recruitment.openness.bandShare', { share: rf.share(share) })}</span>
                </div>
              );
            })}
          </div>
        </>
      ) : (
        <p className="rc-bands-missing" role="note">
          {filtered ? t('recruitment.openness.bandsNeedFiltered', { min: minScoredForBands }) : t('recruitment.openness.bandsNeed', { min: minScoredForBands, scored: format.count(population.scored) })}
        </p>
      )}
    </section>
  );
}
