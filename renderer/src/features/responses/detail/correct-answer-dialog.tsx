import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerValueOf } from '@model/responses/answer-rows';
import type { AnswerRow } from '@model/survey/answer-fields';
import type { Question, SurveyDefinition } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { ReasonDialog } from '@renderer/components/reason-dialog';
import { QuestionInput } from '@renderer/components/respondent-view/question-input';
import { answerProblem, rowsOf } from '@renderer/components/respondent-view/respondent-answers';
import { isLanguageCode } from '@renderer/i18n/languages';
import { respondentStrings } from '@renderer/i18n/locales/respondent';
import { useNotify } from '@renderer/shell/notices';
import { useResponseText } from '../response-text';
import type { ResponseDetail } from './response-page';
import { answerOf, responsePiping, storedRows } from './stored-answers';

/** The question as the analyst edits it: options and rows in the survey's order, whatever order the respondent saw. */
const inDefinitionOrder = (q: Question): Question =>
  q.type === 'single' || q.type === 'multi' ? { ...q, randomizeOptions: false } : q.type === 'matrix' ? { ...q, randomizeRows: false } : q;

/**
 * Corrects one answer of a complete response (responses.update) with the reason: the answer is
 * given with the respondent's own controls, checked as the kiosk checks it, and the core's refusal
 * (a value that does not fit, a response no longer complete) is shown in place.
 */
export function CorrectAnswerDialog({ response, definition, questionId, onClose, onDone }: {
  response: ResponseDetail;
  definition: SurveyDefinition;
  questionId: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const text = useResponseText();
  const problemId = useId();
  const q = inDefinitionOrder(definition.pages.flatMap((p) => p.questions).find((question) => question.id === questionId)!);
  const [rows, setRows] = useState<AnswerRow[]>(() => rowsOf(storedRows(definition, response.answers), q.id));
  const [typed, setTyped] = useState(() => (q.type === 'number' ? (rows[0]?.num?.toString() ?? '') : ''));
  // The problem in the analyst's language; the question itself stays in the survey's.
  const optional = 'required' in q ? { ...q, required: false } : q;
  const problem = answerProblem(optional, rows, respondentStrings[isLanguageCode(i18n.language) ? i18n.language : 'en'], q.type === 'number' ? typed : undefined);
  const pipe = responsePiping(definition, response.answers);

  return (
    <ReasonDialog
      title={t('responses.correct.title')}
      size="wide"
      intro={t('responses.correct.intro')}
      reasonLabel={t('responses.correct.reason')}
      reasonHint={t('responses.correct.reasonHint')}
      confirmLabel={t('responses.correct.save')}
      ready={problem === null}
      onClose={onClose}
      onSubmit={async (reason) => {
        const result = await api.call('responses.update', { responseId: response.responseId, answers: [{ questionId: q.id, value: answerValueOf(q, rows) }], reason });
        notify(result.changed ? 'success' : 'info', result.changed ? t('responses.correct.saved') : t('responses.correct.unchanged'));
        onDone();
      }}
    >
      {(tried) => (
        <div className="response-edit">
          <p id={`${q.id}-text`} className="response-edit-question">
            {pipe(q.text)} <span className="muted response-question-id">{q.id}</span>
          </p>
          <p className="muted">{t('responses.correct.current', { answer: text.answerText(q, answerOf(response.answers, q.id), definition.language) })}</p>
          <div className="respondent response-editor">
            <QuestionInput
              question={q}
              rows={rows}
              onRows={setRows}
              strings={respondentStrings[definition.language]}
              describedBy={tried && problem ? problemId : undefined}
              typed={typed}
              onTyped={setTyped}
              seed={0}
            />
          </div>
          {tried && problem && (
            <p id={problemId} className="field-error">
              {problem}
            </p>
          )}
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={rows.length === 0 && typed === ''}
            onClick={() => {
              setRows([]);
              setTyped('');
            }}
          >
            {t('responses.correct.clear')}
          </button>
        </div>
      )}
    </ReasonDialog>
  );
}
