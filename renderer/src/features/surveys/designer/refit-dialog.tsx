import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import { questionTypeKey } from '../issue-text';
import { useSurveyFormat } from '../survey-format';

type RefitRun = MethodOutput<'surveys.refitConstants'>;
type FittedConstant = RefitRun['fitted'][number];

/**
 * Refitting the estimator to this workspace's respondents: a dry run shows each fitted constant,
 * old → new, and how many observed questions it rests on; Apply stores them (audited).
 */
export function RefitDialog({ onClose, onApplied }: { onClose(): void; onApplied(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const f = useSurveyFormat();
  const dryRun = useAsync(() => api.call('surveys.refitConstants', { apply: false }), [api]);
  const apply = useAction(async () => {
    const done = await api.call('surveys.refitConstants', { apply: true });
    notify('success', t('surveys.refit.applied', { n: done.fitted.length }));
    onApplied();
  });
  const run = dryRun.data;
  const columns = ({ current }: RefitRun): DataColumn<FittedConstant>[] => [
    { id: 'type', header: t('surveys.refit.type'), rowHeader: true, cell: (c) => t(questionTypeKey(c.type)) },
    { id: 'parameter', header: t('surveys.refit.parameter'), cell: (c) => t(`surveys.refit.parameters.${c.parameter}`) },
    {
      id: 'change',
      header: t('surveys.refit.change'),
      cell: (c) => (
        <>
          {f.tenthsOfSeconds(current.constants.answering[c.type]?.[c.parameter] ?? 0)} → <strong>{f.tenthsOfSeconds(c.value)}</strong>
          {c.clamped && <span className="muted"> {t('surveys.refit.clamped')}</span>}
        </>
      ),
    },
    { id: 'questions', header: t('surveys.refit.questions'), numeric: true, cell: (c) => format.count(c.questions) },
  ];

  return (
    <Dialog title={t('surveys.refit.title')} onClose={onClose} size="wide">
      <div className="dialog-body">
        <p className="dialog-intro">{t('surveys.refit.intro')}</p>
        <FormError error={dryRun.error} />
        {!run && !dryRun.error && (
          <p role="status">
            <span className="spinner" aria-hidden="true" /> {t('app.loading')}
          </p>
        )}
        {run && run.fitted.length === 0 && <p className="muted">{t('surveys.refit.nothing', { n: format.count(run.observations) })}</p>}
        {run && run.fitted.length > 0 && (
          <>
            <p className="muted">{t('surveys.refit.basis', { n: format.count(run.observations) })}</p>
            <DataTable caption={t('surveys.refit.title')} columns={columns(run)} rows={run.fitted} rowKey={(c) => `${c.type}.${c.parameter}`} />
          </>
        )}
        <FormError error={apply.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={!run || run.fitted.length === 0 || apply.busy} onClick={() => void apply.run()}>
            {apply.busy ? t('common.working') : t('surveys.refit.apply')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
