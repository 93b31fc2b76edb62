import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyCalibration, SurveyDetail } from '@api/surveys';
import { useAction } from '@renderer/hooks/use-action';
import { FormError } from '@renderer/components/form-error';
import { useFormat } from '@renderer/i18n/format';
import { BreakList } from '../break-list';
import { questionTypeKey } from '../issue-text';
import { useExportDefinition } from '../survey-files';
import { useSurveyFormat } from '../survey-format';
import { useDesignerActions } from './designer-context';
import { RefitDialog } from './refit-dialog';

/**
 * The versions, newest first: when and by whom each was published, the override reason when it
 * was published over a limit, its comparability breaks, responses and length; then, once a version
 * has responses, the estimate beside what respondents took (per question and in total) and the
 * refit of the workspace's estimator constants.
 */
export function VersionsTab({ detail, calibration, onRefitted }: { detail: SurveyDetail; calibration: SurveyCalibration | null; onRefitted(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = useSurveyFormat();
  const exportDefinition = useExportDefinition();
  const exporting = useAction(exportDefinition);

  return (
    <div className="sv-versions">
      <section className="card">
        <h2 className="card-title">{t('surveys.versions.title')}</h2>
        <FormError error={exporting.error} />
        <ol className="sv-version-list">
          {detail.versions.map((v) => (
            <li key={v.id} className="sv-version" data-version={v.version}>
              <div className="sv-version-head">
                <span className="sv-version-number">{t('surveys.versions.version', { version: v.version })}</span>
                <span className={`sv-badge ${v.publishedAt ? 'sv-badge-published' : 'sv-badge-draft'}`}>
                  {v.publishedAt === null
                    ? t('surveys.versions.draft')
                    : v.publishedBy
                      ? t('surveys.versions.published', { at: format.dateTime(v.publishedAt), by: v.publishedBy })
                      : t('surveys.versions.publishedAt', { at: format.dateTime(v.publishedAt) })}
                </span>
                <span className="muted">
                  {f.items(v.estimate.items)} · {f.minutes(v.estimate.minutes)} · {t('surveys.versions.responses', { n: format.count(v.responseCount) })}
                </span>
                <button type="button" className="button button-small sv-version-export" disabled={exporting.busy} onClick={() => void exporting.run(detail.id, v.id)}>
                  {t('surveys.files.export')}
                </button>
              </div>
              {v.overrideReason && (
                <p className="sv-override">
                  <strong>{t('surveys.versions.override')}</strong> {v.overrideReason}
                </p>
              )}
              {v.breaks.length > 0 && (
                <div className="sv-breaks-box">
                  <p className="sv-breaks-title">{t('surveys.versions.breaks', { n: v.breaks.length })}</p>
                  <BreakList breaks={v.breaks} earlier={null} later={detail.definition} />
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <CalibrationCard calibration={calibration} onRefitted={onRefitted} />
    </div>
  );
}

function CalibrationCard({ calibration, onRefitted }: { calibration: SurveyCalibration | null; onRefitted(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = useSurveyFormat();
  const actions = useDesignerActions();
  const [refitting, setRefitting] = useState(false);
  const has = calibration !== null && calibration.completeResponses > 0;
  const share = (value: number | null) => (value === null ? '—' : f.percent(value));

  return (
    <section className="card sv-calibration">
      <div className="sv-card-title-row">
        <h2 className="card-title">{t('surveys.calibration.title')}</h2>
        <button type="button" className="button button-small" onClick={() => setRefitting(true)}>
          {t('surveys.calibration.refit')}
        </button>
      </div>
      {!has ? (
        <p className="muted">{t('surveys.calibration.none')}</p>
      ) : (
        <>
          <p className="card-caption">
            {t('surveys.calibration.caption', { version: calibration.version, complete: format.count(calibration.completeResponses), started: format.count(calibration.startedResponses) })}
          </p>
          <div className="sv-table-wrap">
            <table className="sv-table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.calibration.question')}</th>
                  <th scope="col">{t('surveys.calibration.estimate')}</th>
                  <th scope="col">{t('surveys.calibration.observed')}</th>
                  <th scope="col">{t('surveys.calibration.notReached')}</th>
                  <th scope="col">{t('surveys.calibration.leftAt')}</th>
                </tr>
              </thead>
              <tbody>
                {calibration.perQuestion.map((q) => (
                  <tr key={q.questionId}>
                    <th scope="row">
                      <button type="button" className="sv-link" onClick={() => actions.jumpTo(q.questionId)}>
                        {actions.labelOf(q.questionId)}
                      </button>
                      <span className="muted sv-table-type">{t(questionTypeKey(q.type))}</span>
                    </th>
                    <td>{f.seconds(q.estimateSeconds)}</td>
                    <td>{q.observedMedianSeconds === null ? '—' : f.seconds(q.observedMedianSeconds)}</td>
                    <td>{share(q.notReachedShare)}</td>
                    <td>{share(q.leftAtShare)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('surveys.calibration.total')}</th>
                  <td>{f.minutes(calibration.total.estimateSeconds / 60)}</td>
                  <td>{calibration.total.observedMedianSeconds === null ? '—' : f.minutes(calibration.total.observedMedianSeconds / 60)}</td>
                  <td colSpan={2}>
                    {calibration.total.errorShare === null ? '' : t('surveys.calibration.error', { share: f.percent(calibration.total.errorShare) })}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      {refitting && (
        <RefitDialog
          onClose={() => setRefitting(false)}
          onApplied={() => {
            setRefitting(false);
            onRefitted();
          }}
        />
      )}
    </section>
  );
}
