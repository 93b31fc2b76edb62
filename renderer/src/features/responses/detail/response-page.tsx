import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { ArrowLeftIcon } from '@renderer/components/icons';
import { useAsync } from '@renderer/hooks/use-async';
import { useErrorText } from '@renderer/i18n/error-text';
import { FlagChips, StatusChip } from '../response-chips';
import { versionHref } from '../responses-route';
import { AnswersCard } from './answers-card';
import { CorrectAnswerDialog } from './correct-answer-dialog';
import { FactsCard } from './facts-card';
import { FlagsCard } from './flags-card';
import { HistoryCard } from './history-card';
import { VoidResponseDialog } from './void-response-dialog';

export type ResponseDetail = MethodOutput<'responses.get'>;

/** #/responses/<versionId>/<responseId>: one response, its answers, flags and history, and the data cleaning actions. */
export function ResponsePage({ listVersionId, responseId }: { listVersionId: string; responseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const loaded = useAsync(async () => {
    const response = await api.call('responses.get', { responseId });
    return { response, version: await api.call('collect.version', { surveyVersionId: response.surveyVersionId }) };
  }, [api, responseId]);
  const [action, setAction] = useState<{ kind: 'correct'; questionId: string } | { kind: 'void' } | null>(null);

  const back = (
    <a className="back-link" href={versionHref(listVersionId)}>
      <ArrowLeftIcon />
      {t('responses.detail.back')}
    </a>
  );
  if (!loaded.data) {
    return (
      <div className="page">
        {back}
        {loaded.error ? (
          <EmptyState title={t('responses.detail.missingTitle')}>{errorText(loaded.error)}</EmptyState>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }

  const { response, version } = loaded.data;
  const done = () => {
    setAction(null);
    loaded.reload();
  };
  return (
    <div className="page page-wide response-page">
      {back}
      <header className="page-header page-header-actions">
        <div className="page-heading">
          <h1>{response.memberCode ? t('responses.detail.titleMember', { code: response.memberCode }) : t('responses.detail.titleAnonymous')}</h1>
          <div className="page-subtitle response-subtitle">
            <StatusChip response={response} />
            <FlagChips flags={response.flags} />
            <span>{t('responses.detail.surveyValue', { title: version.title, version: version.version })}</span>
          </div>
        </div>
        {response.status !== 'void' && (
          <div className="page-actions">
            <button type="button" className="button button-danger" onClick={() => setAction({ kind: 'void' })}>
              {t('responses.detail.void')}
            </button>
          </div>
        )}
      </header>
      <div className="side-layout">
        <AnswersCard response={response} definition={version.definition} onCorrect={(questionId) => setAction({ kind: 'correct', questionId })} />
        <aside className="side-column">
          <FactsCard response={response} />
          <FlagsCard response={response} definition={version.definition} listVersionId={listVersionId} />
          <HistoryCard response={response} definition={version.definition} />
        </aside>
      </div>
      {action?.kind === 'correct' && (
        <CorrectAnswerDialog response={response} definition={version.definition} questionId={action.questionId} onClose={() => setAction(null)} onDone={done} />
      )}
      {action?.kind === 'void' && <VoidResponseDialog responseId={response.responseId} onClose={() => setAction(null)} onDone={done} />}
    </div>
  );
}
