import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '@api/surveys';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { Dialog } from '@renderer/components/dialog';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { PlusIcon, UploadIcon } from '@renderer/components/icons';
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
import { SurveyRowMenu } from './survey-row-menu';

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
  const columns: DataColumn<SurveySummary>[] = [
    {
      id: 'survey',
      header: t('surveys.list.survey'),
      rowHeader: true,
      className: 'sv-survey-name',
      cell: (s) => (
        <>
          <a href={surveysHash({ view: 'designer', surveyId: s.id, tab: 'questions' })}>{s.title}</a>
          <span className="muted sv-cell-note">{t(`surveys.languages.${s.language}`)}</span>
        </>
      ),
    },
    { id: 'state', header: t('surveys.list.state'), cell: (s) => <span className={`sv-badge sv-badge-${s.status}`}>{stateText(s)}</span> },
    { id: 'questions', header: t('surveys.list.questions'), numeric: true, cell: (s) => format.count(s.questionCount) },
    {
      id: 'estimate',
      header: t('surveys.list.estimate'),
      cell: (s) => (
        <span className={`sv-status sv-status-${s.estimate.status}`} title={t(`surveys.status.${s.estimate.status}`)}>
          <span className="sv-nowrap">{f.items(s.estimate.items)}</span> · <span className="sv-nowrap">{f.minutes(s.estimate.minutes)}</span>
        </span>
      ),
    },
    {
      id: 'responses',
      header: t('surveys.list.responses'),
      numeric: true,
      cell: (s) => (
        <>
          {format.count(s.responseCount)}
          {s.responsesInProgress > 0 && <span className="muted sv-cell-note">{t('surveys.list.inProgress', { n: format.count(s.responsesInProgress) })}</span>}
        </>
      ),
    },
    {
      id: 'actions',
      header: t('surveys.list.actions'),
      hideHeader: true,
      className: 'sv-row-actions',
      cell: (s) => (
        <SurveyRowMenu
          survey={s}
          onDuplicate={() => setOpen({ dialog: 'duplicate', survey: s })}
          onExport={() => void exporting.run(s.id)}
          onDelete={() => setOpen({ dialog: 'delete', survey: s })}
        />
      ),
    },
  ];

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
          <DataTable caption={t('surveys.title')} className="sv-survey-table" columns={columns} rows={surveys} rowKey={(s) => s.id} />
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
