import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { routeHash } from '@renderer/shell/hash-route';
import { StatusChip } from '../response-chips';
import { useResponseText } from '../response-text';
import type { ResponseDetail } from './response-page';

/** Who answered, on which device, when and for how long, and the content hash with the hashes corrections replaced. */
export function FactsCard({ response }: { response: ResponseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useResponseText();
  const { completedAt } = response;
  return (
    <section className="card side-card" aria-labelledby="response-facts-title">
      <h2 id="response-facts-title" className="card-title">
        {t('responses.detail.facts')}
      </h2>
      <dl className="fact-list">
        <dt>{t('responses.detail.status')}</dt>
        <dd>
          <StatusChip response={response} />
          {response.voidCause && <span className="muted"> {t(`responses.voidCause.${response.voidCause}`)}</span>}
        </dd>
        <dt>{t('responses.detail.respondent')}</dt>
        <dd>
          {response.memberId !== null && response.memberCode ? (
            <a href={routeHash('panel', 'member', String(response.memberId))}>{response.memberCode}</a>
          ) : (
            t('responses.list.anonymous')
          )}
        </dd>
        <dt>{t('responses.detail.device')}</dt>
        <dd className="response-code">{response.deviceId}</dd>
        <dt>{t('responses.detail.started')}</dt>
        <dd>{format.dateTime(response.startedAt)}</dd>
        <dt>{t('responses.detail.completed')}</dt>
        <dd>{completedAt ? format.dateTime(completedAt) : '—'}</dd>
        <dt title={t('responses.detail.answeringHint')}>{t('responses.detail.answering')}</dt>
        <dd>{response.totalMs > 0 ? text.duration(response.totalMs) : '—'}</dd>
        <dt>{t('responses.detail.elapsed')}</dt>
        <dd>{completedAt ? text.duration(Date.parse(completedAt) - Date.parse(response.startedAt)) : '—'}</dd>
        <dt>{t('responses.detail.answered')}</dt>
        <dd>{format.count(response.answered)}</dd>
        <dt>{t('responses.detail.hash')}</dt>
        <dd className="response-code">{response.contentHash ?? <span className="muted">{t('responses.detail.noHash')}</span>}</dd>
        {response.replacedHashes.length > 0 && (
          <>
            <dt>{t('responses.detail.replaced')}</dt>
            <dd>
              <ol className="response-hashes">
                {response.replacedHashes.map((hash) => (
                  <li key={hash} className="response-code">
                    {hash}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
