import { useTranslation } from 'react-i18next';
import { questionEntries, type SurveyDefinition } from '@model/survey/definition';
import { useFormat } from '@renderer/i18n/format';
import { useResponseText } from '../response-text';
import { responseHref } from '../responses-route';
import type { ResponseDetail } from './response-page';

type Flag = ResponseDetail['flags'][number];

/** Each quality flag with what raised it; flags stay as raised, whatever cleaning follows. */
export function FlagsCard({ response, definition, listVersionId }: { response: ResponseDetail; definition: SurveyDefinition; listVersionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useResponseText();
  const questions = new Map(questionEntries(definition).map((e) => [e.question.id, e.question]));

  const detail = (flag: Flag) => {
    const d = flag.detail;
    switch (flag.kind) {
      case 'speeder':
        return t('responses.detail.speeder', { total: text.duration(Number(d.totalMs)), median: text.duration(Number(d.medianMs)) });
      case 'straightLining': {
        const q = questions.get(String(d.questionId));
        return t('responses.detail.straightLining', {
          rows: format.count(Number(d.rows)),
          question: q?.text ?? String(d.questionId),
          answer: q ? text.optionLabel(q, String(d.code)) : String(d.code),
        });
      }
      case 'repeatMember':
        return (
          <>
            {t('responses.detail.repeatMember')} <a href={responseHref(listVersionId, String(d.earlierResponseId))}>{t('responses.detail.earlier')}</a>
          </>
        );
    }
  };

  return (
    <section className="card side-card" aria-labelledby="response-flags-title">
      <h2 id="response-flags-title" className="card-title">
        {t('responses.detail.flags')}
      </h2>
      {response.flags.length === 0 ? (
        <p className="muted">{t('responses.detail.noFlags')}</p>
      ) : (
        <ul className="audit-list response-flag-list">
          {response.flags.map((flag) => (
            <li key={flag.kind}>
              <span className="audit-action">
                {t(`responses.flag.${flag.kind}`)} <span className="audit-meta">{t('responses.detail.flagRaised', { date: format.dateTime(flag.raisedAt) })}</span>
              </span>
              <span>{detail(flag)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="card-caption">{t('responses.detail.flagsKept')}</p>
    </section>
  );
}
