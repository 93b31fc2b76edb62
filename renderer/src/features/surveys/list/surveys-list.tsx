import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '@api/surveys';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { Dialog } from '@renderer/components/dialog';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { PlusIcon, UploadIcon } from '@renderer/components/icons';
import { Popover } from '@renderer/components/popover';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import { useExportDefinition } from '../survey-files';
import { useSurveyFormat } from '../survey-format';
import { surveysHash } from '../surveys-route';
import { CreateSurveyDialog } from './create-survey-dialog';
import { DefaultLimits } from './default-limits';
import { DuplicateSurveyDialog } from './duplicate-survey-dialog';
import { ImportSurveyDialog } from './import-survey-dialog';

type Open = { dialog: 'create' } | { dialog: 'import' } | { dialog: 'duplicate'; survey: SurveySummary } | { dialog: 'delete'; survey: SurveySummary } | null;

/** #/surveys: every survey with its state, version, questions, length estimate and responses, and what can be done with it. */
export function SurveysList() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const f = useSurveyFormat();
  const list = useAsync(() => api.call('surveys.list', {}), [api]);
  const [open, setOpen] = useState<Open>(null);
  const exportDefinition = useExportDefinition();
  const exporting = useAction(exportDefinition);
  const surveys = list.data?.surveys ?? [];

  const stateText = (s: SurveySummary) =>
    t(`surveys.state.${s.status}`, { version: s.version, published: s.publishedVersion ?? 0 });

  return (
    <div className="page page-wide sv-list-page">
      <header className="page-header-actions">
        <div className="page-heading">
          <h1>{t('surveys.title')}</h1>
          <p className="page-subtitle">{t('surveys.subtitle')}</p>
        </div>
        <div className="page-actions">
          <DefaultLimits />
          <button type="button" className="button" onClick={() => setOpen({ dialog: 'import' })}>
            <UploadIcon />
            {t('surveys.files.import')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setOpen({ dialog: 'create' })}>
            <PlusIcon />
            {t('surveys.create.button')}
          </button>
        </div>
      </header>
      <FormError error={list.error ?? exporting.error} />
      {list.data && surveys.length === 0 && (
        <EmptyState title={t('surveys.empty.title')} actions={<button type="button" className="button button-primary" onClick={() => setOpen({ dialog: 'create' })}>{t('surveys.create.button')}</button>}>
          {t('surveys.empty.body')}
        </EmptyState>
      )}
      {surveys.length > 0 && (
        <div className="card sv-list-card">
          <table className="sv-table sv-survey-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.list.survey')}</th>
                <th scope="col">{t('surveys.list.state')}</th>
                <th scope="col" className="sv-num">{t('surveys.list.questions')}</th>
                <th scope="col">{t('surveys.list.estimate')}</th>
                <th scope="col" className="sv-num">{t('surveys.list.responses')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('surveys.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((s) => (
                <tr key={s.id} data-survey={s.id}>
                  <th scope="row" className="sv-survey-name">
                    <a href={surveysHash({ view: 'designer', surveyId: s.id, tab: 'questions' })}>{s.title}</a>
                    <span className="muted sv-survey-language">{t(`surveys.languages.${s.language}`)}</span>
                  </th>
                  <td>
                    <span className={`sv-badge sv-badge-${s.status}`}>{stateText(s)}</span>
                  </td>
                  <td className="sv-num">{format.count(s.questionCount)}</td>
                  <td>
                    <span className={`sv-status sv-status-${s.estimate.status}`} title={t(`surveys.status.${s.estimate.status}`)}>
                      <span className="sv-nowrap">{f.items(s.estimate.items)}</span> · <span className="sv-nowrap">{f.minutes(s.estimate.minutes)}</span>
                    </span>
                  </td>
                  <td className="sv-num">
                    {format.count(s.responseCount)}
                    {s.responsesInProgress > 0 && <span className="muted sv-in-progress">{t('surveys.list.inProgress', { n: format.count(s.responsesInProgress) })}</span>}
                  </td>
                  <td className="sv-row-actions">
                    <Popover label={t('surveys.list.more')} title={t('surveys.list.actionsFor', { title: s.title })} buttonClassName="button button-small" align="end">
                      {(close) => (
                        <ul className="sv-type-menu" role="menu">
                          <li role="none">
                            <button type="button" role="menuitem" className="sv-pipe-item" onClick={() => (close(), setOpen({ dialog: 'duplicate', survey: s }))}>
                              {t('surveys.duplicate.button')}
                            </button>
                          </li>
                          <li role="none">
                            <button type="button" role="menuitem" className="sv-pipe-item" onClick={() => (close(), void exporting.run(s.id))}>
                              {t('surveys.files.export')}
                            </button>
                          </li>
                          <li role="none">
                            <button type="button" role="menuitem" className="sv-pipe-item sv-danger-item" onClick={() => (close(), setOpen({ dialog: 'delete', survey: s }))}>
                              {t('surveys.delete.button')}
                            </button>
                          </li>
                        </ul>
                      )}
                    </Popover>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.dialog === 'create' && <CreateSurveyDialog onClose={() => setOpen(null)} />}
      {open?.dialog === 'import' && <ImportSurveyDialog onClose={() => setOpen(null)} />}
      {open?.dialog === 'duplicate' && <DuplicateSurveyDialog survey={open.survey} onClose={() => setOpen(null)} />}
      {open?.dialog === 'delete' && open.survey.responseCount + open.survey.responsesInProgress > 0 && (
        <Dialog title={t('surveys.delete.title', { title: open.survey.title })} onClose={() => setOpen(null)}>
          <div className="dialog-body">
            <p className="dialog-intro">{t('surveys.delete.hasResponses', { n: format.count(open.survey.responseCount + open.survey.responsesInProgress) })}</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setOpen(null)} data-autofocus>
                {t('common.close')}
              </button>
            </div>
          </div>
        </Dialog>
      )}
      {open?.dialog === 'delete' && open.survey.responseCount + open.survey.responsesInProgress === 0 && (
        <ConfirmDialog
          title={t('surveys.delete.title', { title: open.survey.title })}
          confirmLabel={t('surveys.delete.confirm')}
          danger
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.call('surveys.delete', { id: open.survey.id });
            notify('success', t('surveys.delete.done', { title: open.survey.title }));
            setOpen(null);
            list.reload();
          }}
        >
          {t('surveys.delete.body')}
        </ConfirmDialog>
      )}
    </div>
  );
}
