import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '@model/survey/definition';
import { useFormat } from '@renderer/i18n/format';
import { useResponseText } from '../response-text';
import type { ResponseDetail } from './response-page';
import { answerableQuestions, answerOf, responsePiping } from './stored-answers';

type Answers = ResponseDetail['answers'];

/** The answers a change altered: those that differ between before and after it. */
const changedQuestions = (definition: SurveyDefinition, before: Answers, after: Answers) =>
  answerableQuestions(definition).filter((q) => JSON.stringify(answerOf(before, q.id)) !== JSON.stringify(answerOf(after, q.id)));

/**
 * Corrections and voids, newest first: who, when and why, what each correction changed (from the
 * answers kept before it and those after it) and the hash it replaced.
 */
export function HistoryCard({ response, definition }: { response: ResponseDetail; definition: SurveyDefinition }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useResponseText();
  const pipe = responsePiping(definition, response.answers);
  const { history } = response;
  const entries = history.map((entry, i) => ({ entry, after: history[i + 1]?.answers ?? response.answers })).reverse();

  return (
    <section className="card side-card" aria-labelledby="response-history-title">
      <h2 id="response-history-title" className="card-title">
        {t('responses.detail.history')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{response.replacedHashes.length > 0 ? t('responses.detail.historyCleared') : t('responses.detail.noHistory')}</p>
      ) : (
        <ol className="audit-list response-history">
          {entries.map(({ entry, after }, i) => (
            <li key={i}>
              <span className="audit-action">{entry.action === 'update' ? t('responses.detail.corrected') : t('responses.detail.voided')}</span>
              <span className="audit-meta">{t('responses.detail.by', { actor: entry.actor, at: format.dateTime(entry.at) })}</span>
              {entry.reason && <span className="audit-reason">{t('responses.detail.why', { reason: entry.reason })}</span>}
              {entry.action === 'update' &&
                changedQuestions(definition, entry.answers, after).map((q) => (
                  <span key={q.id} className="response-change">
                    {t('responses.detail.change', { question: pipe(q.text), before: text.answerText(q, answerOf(entry.answers, q.id), definition.language), after: text.answerText(q, answerOf(after, q.id), definition.language) })}
                  </span>
                ))}
              {entry.replacedHash && <span className="audit-meta response-code">{t('responses.detail.replacedHash', { hash: entry.replacedHash.slice(0, 12) })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
