import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleConflict } from '@api/bundles';
import type { SurveyDefinition } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import { useConflictAnswers } from './conflict-answers';

type Side = BundleConflict['mine'];

function SideColumn({ title, side, definition }: { title: string; side: Side; definition: SurveyDefinition | null }) {
  const { t } = useTranslation();
  const answers = useConflictAnswers()(definition, side.answers);
  return (
    <div className="conflict-side">
      <h4>
        {title} <span className="tag">{t(`bundles.conflicts.status.${side.status}`)}</span>
      </h4>
      {side.answers.length === 0 ? (
        <p className="muted">{t('bundles.conflicts.noAnswer')}</p>
      ) : (
        <ul>
          {answers.map((a) => (
            <li key={a.questionId}>
              {a.question !== null && <span className="conflict-question">{a.question}</span>} <code className="conflict-code">{a.questionId}</code>{' '}
              <span className="conflict-answer">{a.answer}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The conflicts bundle imports kept aside, both sides shown (questions and options by their labels), each resolved by keeping mine, theirs or both. */
export function ConflictsCard({ refresh }: { refresh: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notify = useNotify();
  const conflicts = useAsync(() => api.call('bundles.conflicts', {}), [api]);
  const { reload } = conflicts;
  useEffect(() => {
    if (refresh > 0) reload();
  }, [refresh, reload]);
  const resolve = useAction(async (conflictId: number, keep: 'mine' | 'theirs' | 'both') => {
    await api.call('bundles.resolve', { conflictId, keep });
    notify('success', t('bundles.conflicts.resolved'));
    reload();
  });
  const items = conflicts.data?.items ?? [];
  // The definitions of the versions in conflict, for question texts and labels (codes alone until they arrive).
  const versionIds = [...new Set(items.map((c) => c.surveyVersionId))].sort().join(' ');
  const definitions = useAsync(
    async () => new Map(await Promise.all(versionIds.split(' ').filter(Boolean).map(async (id) => [id, (await api.call('collect.version', { surveyVersionId: id })).definition] as const))),
    [api, versionIds],
  );
  const definitionOf = (versionId: string) => definitions.data?.get(versionId) ?? null;
  // A conflict shows once its version's definition is here (or could not be read: then by codes), never codes first and labels a moment later.
  const shown = items.filter((c) => definitionOf(c.surveyVersionId) !== null || !definitions.loading);
  return (
    <section className="card bundles-conflicts" aria-labelledby="bundle-conflicts-title">
      <h2 className="card-title" id="bundle-conflicts-title">
        {t('bundles.conflicts.title')}
      </h2>
      <FormError error={conflicts.error ?? resolve.error} />
      {items.length === 0 && !conflicts.loading && <p className="muted">{t('bundles.conflicts.none')}</p>}
      {shown.map((c) => (
        <article key={c.id} className="conflict" aria-label={t('bundles.conflicts.response', { title: c.title, version: c.version, id: c.responseId })}>
          <h3 className="conflict-title">{t('bundles.conflicts.response', { title: c.title, version: c.version, id: c.responseId })}</h3>
          <p className="muted">{t('bundles.conflicts.detected', { at: format.dateTime(c.detectedAt) })}</p>
          <div className="conflict-sides">
            <SideColumn title={t('bundles.conflicts.mine')} side={c.mine} definition={definitionOf(c.surveyVersionId)} />
            <SideColumn title={t('bundles.conflicts.theirs')} side={c.theirs} definition={definitionOf(c.surveyVersionId)} />
          </div>
          <div className="card-actions">
            <button type="button" className="button" disabled={resolve.busy} onClick={() => void resolve.run(c.id, 'mine')}>
              {t('bundles.conflicts.keepMine')}
            </button>
            <button type="button" className="button" disabled={resolve.busy} onClick={() => void resolve.run(c.id, 'theirs')}>
              {t('bundles.conflicts.keepTheirs')}
            </button>
            <button type="button" className="button" disabled={resolve.busy} onClick={() => void resolve.run(c.id, 'both')}>
              {t('bundles.conflicts.keepBoth')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
