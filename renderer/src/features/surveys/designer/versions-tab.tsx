import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyCalibration, SurveyDetail } from '@api/surveys';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
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
  const [refitting, setRefitting] = useState(false);
  const has = calibration !== null && calibration.completeResponses > 0;

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
          <CalibrationTable calibration={calibration} />
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

type QuestionCalibration = SurveyCalibration['perQuestion'][number];

/** Per question the estimate beside the observed median and where respondents dropped off; the whole survey's times under them. */
function CalibrationTable({ calibration }: { calibration: SurveyCalibration }) {
  const { t } = useTranslation();
  const f = useSurveyFormat();
  const actions = useDesignerActions();
  /** A dash where nothing was observed. */
  const shown = (value: number | null, show: (value: number) => string) => (value === null ? '—' : show(value));
  const { total } = calibration;
  const columns: DataColumn<QuestionCalibration>[] = [
    {
      id: 'question',
      header: t('surveys.calibration.question'),
      rowHeader: true,
      cell: (q) => (
        <>
          <button type="button" className="sv-link" onClick={() => actions.jumpTo(q.questionId)}>
            {actions.labelOf(q.questionId)}
          </button>
          <span className="muted sv-cell-note">{t(questionTypeKey(q.type))}</span>
        </>
      ),
      footer: t('surveys.calibration.total'),
    },
    { id: 'estimate', header: t('surveys.calibration.estimate'), numeric: true, cell: (q) => f.seconds(q.estimateSeconds), footer: f.minutes(total.estimateSeconds / 60) },
    {
      id: 'observed',
      header: t('surveys.calibration.observed'),
      numeric: true,
      cell: (q) => shown(q.observedMedianSeconds, f.seconds),
      footer: shown(total.observedMedianSeconds, (seconds) => f.minutes(seconds / 60)),
    },
    { id: 'notReached', header: t('surveys.calibration.notReached'), numeric: true, cell: (q) => shown(q.notReachedShare, f.percent) },
    { id: 'leftAt', header: t('surveys.calibration.leftAt'), numeric: true, cell: (q) => shown(q.leftAtShare, f.percent) },
  ];

  return (
    <>
      <DataTable caption={t('surveys.calibration.title')} scroll="sideways" columns={columns} rows={calibration.perQuestion} rowKey={(q) => q.questionId} />
      {total.errorShare !== null && <p className="card-caption">{t('surveys.calibration.error', { share: f.percent(total.errorShare) })}</p>}
    </>
  );
}
