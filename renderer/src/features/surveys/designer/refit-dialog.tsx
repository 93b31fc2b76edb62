import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import { questionTypeKey } from '../issue-text';
import { useSurveyFormat } from '../survey-format';

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
            <div className="sv-table-wrap">
              <table className="sv-table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.refit.type')}</th>
                    <th scope="col">{t('surveys.refit.parameter')}</th>
                    <th scope="col">{t('surveys.refit.change')}</th>
                    <th scope="col">{t('surveys.refit.questions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {run.fitted.map((c) => (
                    <tr key={c.type}>
                      <th scope="row">{t(questionTypeKey(c.type))}</th>
                      <td>{t(`surveys.refit.parameters.${c.parameter}`)}</td>
                      <td>
                        {f.number(run.current.constants.answering[c.type]?.[c.parameter] ?? 0)} s → <strong>{f.number(c.value)} s</strong>
                        {c.clamped && <span className="muted"> {t('surveys.refit.clamped')}</span>}
                      </td>
                      <td>{format.count(c.questions)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
