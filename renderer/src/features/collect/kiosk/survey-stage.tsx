import { useMemo, useRef, useState } from 'react';
import { answerRows, answerValueOf } from '@model/responses/answer-rows';
import type { AnswerRow } from '@model/survey/answer-fields';
import type { Question, SurveyDefinition } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { answerProblem, replaceRows } from '@renderer/components/respondent-view/respondent-answers';
import { RespondentView } from '@renderer/components/respondent-view/respondent-view';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { respondentStrings, type RespondentStrings } from '@renderer/i18n/locales/respondent';
import type { AnswerSaver } from './answer-saver';
import { kioskSession } from './kiosk-session';
import { QuestionClock } from './question-clock';
import { resumeQuestionId } from './resume-point';
import { useRespondentText } from './respondent-text';

/** A response's own order of randomised options and rows: the same on every resume (FNV-1a of its id). */
function seedOf(responseId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < responseId.length; i++) hash = Math.imul(hash ^ responseId.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The value collect.answer is given for what the respondent has on screen: the answer as it stands,
 * or null while it is not one yet (a number out of range, "other" without its text, too many
 * choices), so what is stored is always a valid answer or none. A missing required answer is not a
 * misfit: a partial matrix is saved as it is, and Next asks for the rest.
 */
function storableValue(q: Question, rows: readonly AnswerRow[], typed: string | undefined, strings: RespondentStrings) {
  const optional = 'required' in q ? { ...q, required: false } : q;
  return answerProblem(optional, rows, strings, typed) ? null : answerValueOf(q, rows);
}

/** The survey of one response: its answers so far (a resume), each new answer saved as it is given. */
export function SurveyStage({ responseId, definition, saver, large }: { responseId: string; definition: SurveyDefinition; saver: AnswerSaver; large: boolean }) {
  const api = useApi();
  const stored = useAsync(() => api.call('responses.get', { responseId }), [api, responseId]);
  if (stored.error) return <FormError error={stored.error} />;
  if (!stored.data) return null;
  const questions = new Map(definition.pages.flatMap((p) => p.questions).map((q) => [q.id, q]));
  const initial = stored.data.answers.flatMap(({ questionId, value }) => {
    const q = questions.get(questionId);
    const rows = q ? answerRows(q, value) : null;
    return rows?.ok ? rows.rows : [];
  });
  return <Answering responseId={responseId} definition={definition} saver={saver} large={large} initial={initial} />;
}

function Answering({ responseId, definition, saver, large, initial }: { responseId: string; definition: SurveyDefinition; saver: AnswerSaver; large: boolean; initial: AnswerRow[] }) {
  const api = useApi();
  const text = useRespondentText(definition.language);
  const [answers, setAnswers] = useState(initial);
  const [submitFailed, setSubmitFailed] = useState(false);
  const clock = useRef(new QuestionClock()).current;
  const startAt = useMemo(() => (initial.length > 0 ? resumeQuestionId(definition, initial) : undefined), [definition, initial]);
  const questions = useMemo(() => new Map(definition.pages.flatMap((p) => p.questions).map((q) => [q.id, q])), [definition]);

  const answer = (questionId: string, rows: AnswerRow[]) => {
    setAnswers((all) => replaceRows(all, questionId, rows));
    const q = questions.get(questionId)!;
    // A number field's own text decides whether it is a number yet; the rows alone cannot say "12abc".
    const typed = q.type === 'number' ? (rows[0]?.num?.toString() ?? undefined) : undefined;
    saver.save(questionId, storableValue(q, rows, typed, respondentStrings[definition.language]), clock.answered());
  };

  const submit = async (shown: AnswerRow[]) => {
    setSubmitFailed(false);
    try {
      // Answers to questions that logic hid since read as empty: they are cleared, not kept.
      const hidden = new Set(answers.map((a) => a.questionId).filter((id) => !shown.some((a) => a.questionId === id)));
      for (const id of hidden) saver.save(id, null, 0);
      await saver.flush();
      const outcome = await api.call('collect.complete', { responseId });
      kioskSession.update({
        responseId: null,
        ended: outcome.status === 'quotaFull' ? { reason: 'quotaFull', message: outcome.message } : { reason: 'complete', message: outcome.endMessage },
      });
    } catch (err) {
      setSubmitFailed(true);
      throw err;
    }
  };

  return (
    <>
      <RespondentView
        definition={definition}
        answers={answers}
        onAnswer={answer}
        onSubmit={submit}
        onPage={() => clock.pageShown()}
        seed={seedOf(responseId)}
        startQuestionId={startAt}
        large={large}
      />
      {submitFailed && (
        <p className="kiosk-problem" role="alert">
          {text('submitFailed')}
        </p>
      )}
    </>
  );
}
