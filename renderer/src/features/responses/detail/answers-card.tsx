import { useTranslation } from 'react-i18next';
import type { Question, SurveyDefinition } from '@model/survey/definition';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useResponseText } from '../response-text';
import type { ResponseDetail } from './response-page';
import { answerableQuestions, answerOf, responsePiping } from './stored-answers';

/** The answers question by question, with the time spent on each; a complete response's answers can be corrected. */
export function AnswersCard({ response, definition, onCorrect }: { response: ResponseDetail; definition: SurveyDefinition; onCorrect(questionId: string): void }) {
  const { t } = useTranslation();
  const text = useResponseText();
  const pipe = responsePiping(definition, response.answers);
  const times = new Map(response.timings.map((timing) => [timing.questionId, timing.ms]));
  const correctable = response.status === 'complete';

  const columns: DataColumn<Question>[] = [
    {
      id: 'question',
      header: t('responses.detail.question'),
      rowHeader: true,
      className: 'response-question',
      cell: (q) => (
        <>
          <span className="response-question-text">{pipe(q.text)}</span>
          <span className="muted response-question-id">{q.id}</span>
        </>
      ),
    },
    {
      id: 'answer',
      header: t('responses.detail.answer'),
      className: 'response-answer',
      cell: (q) => {
        const lines = text.answerLines(q, answerOf(response.answers, q.id), definition.language);
        if (lines.length === 0) return <span className="muted">{t('responses.detail.noAnswer')}</span>;
        return lines.map((line, i) => (
          <span key={i} className="response-answer-line">
            {line}
          </span>
        ));
      },
    },
    { id: 'time', header: t('responses.detail.time'), numeric: true, className: 'response-time', cell: (q) => (times.has(q.id) ? text.duration(times.get(q.id)!) : '—') },
  ];
  if (correctable) {
    columns.push({
      id: 'correct',
      header: t('responses.detail.correct'),
      hideHeader: true,
      className: 'response-action',
      cell: (q) => (
        <button type="button" className="button button-small" aria-label={t('responses.detail.correctFor', { question: q.id })} onClick={() => onCorrect(q.id)}>
          {t('responses.detail.correct')}
        </button>
      ),
    });
  }

  return (
    <section className="card response-answers" aria-labelledby="response-answers-title">
      <h2 id="response-answers-title" className="card-title">
        {t('responses.detail.answers')}
      </h2>
      <p className="card-caption">{t('responses.detail.answersCaption')}</p>
      <DataTable columns={columns} rows={answerableQuestions(definition)} rowKey={(q) => q.id} caption={t('responses.detail.answers')} className="response-answers-table" fixed />
    </section>
  );
}
