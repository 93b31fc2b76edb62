import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerRow } from '@model/survey/answer-fields';
import type { Question, SurveyDefinition, SurveyLanguage } from '@model/survey/definition';
import { mapTexts } from '@model/survey/definition-texts';
import { displayState } from '@model/survey/display-logic';
import { createPiping } from '@model/survey/piping';
import { fill, respondentStrings } from '@renderer/i18n/locales/respondent';
import { QuestionInput } from './question-input';
import { answerProblem, rowsOf } from './respondent-answers';
import './respondent-view.css';

export interface RespondentViewProps {
  definition: SurveyDefinition;
  answers: readonly AnswerRow[];
  /** One question's rows, replacing what it had (none: the answer was cleared). */
  onAnswer(questionId: string, rows: AnswerRow[]): void;
  /** The language of buttons and messages; the survey's own by default (never the app's). */
  language?: SurveyLanguage;
  /**
   * Called with the answers to the questions that were shown when the respondent submits. When it
   * returns a promise, the end message waits for it, and a rejection leaves the respondent on the page.
   */
  onSubmit?(answers: AnswerRow[]): void | Promise<void>;
  /** Orders randomised options and rows; the same seed gives the same order. */
  seed?: number;
  /** Resume: open on this question's page and give it the focus (the earlier pages stay a Back away). */
  startQuestionId?: string;
  /** Called with each page's id as it is shown (the first one included), e.g. to time the questions. */
  onPage?(pageId: string): void;
  /**
   * The respondent's end as decided outside the view (e.g. the kiosk's collect.complete, or a full
   * quota or response cap that turned them away), shown instead of the survey: this message, else
   * (null) the survey's own end or quota-full message, else the standard text.
   */
  ended?: { reason: 'complete' | 'quotaFull'; message: string | null };
  /** Larger type and controls, for respondents who need them. */
  large?: boolean;
}

const pageOf = (definition: SurveyDefinition, questionId: string | undefined) =>
  definition.pages.find((p) => p.questions.some((q) => q.id === questionId))?.id;

/**
 * What a respondent sees: one page at a time, with display logic deciding which pages and
 * questions show (the model's displayState), earlier answers piped into texts, required and range
 * checks before Next, progress, and the end message. It needs no API and no app context (its strings
 * come from the respondent table of the survey's language), so the designer's preview, the kiosk
 * and the offline survey pack use it alike.
 */
export function RespondentView(props: RespondentViewProps) {
  const { definition, answers, onAnswer, language = definition.language, onSubmit, seed = 1, startQuestionId, onPage, ended, large = false } = props;
  const strings = respondentStrings[language];
  const [pageId, setPageId] = useState(() => pageOf(definition, startQuestionId) ?? definition.pages[0]!.id);
  const [checked, setChecked] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const shown = useMemo(() => displayState(definition, answers), [definition, answers]);
  const piped = useMemo(() => {
    const pipe = createPiping(definition, answers);
    return mapTexts(definition, (text) => pipe(text));
  }, [definition, answers]);
  const visiblePages = piped.pages.filter((p) => shown.pages[p.id]);
  // The page shown: the one the respondent is on, else (it went, or logic hid it) the first visible one.
  const index = Math.max(0, visiblePages.findIndex((p) => p.id === pageId));
  const page = visiblePages[index];
  const questions = page ? page.questions.filter((q) => shown.questions[q.id]) : [];
  const problems = new Map(
    questions.flatMap((q) => {
      const problem = answerProblem(q, rowsOf(answers, q.id), strings, typed[q.id]);
      return problem ? [[q.id, problem] as const] : [];
    }),
  );
  const last = index >= visiblePages.length - 1;

  useEffect(() => {
    // A new page (not the first render): the heading takes the focus, so a screen reader starts there.
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [pageId, submitted]);

  useEffect(() => {
    if (!startQuestionId) return;
    // Question ids are letters, digits, _ and - (ID_PATTERN): safe inside the quotes.
    const block = rootRef.current?.querySelector<HTMLElement>(`[data-question="${startQuestionId}"]`);
    block?.scrollIntoView({ block: 'center' });
    block?.querySelector<HTMLElement>('input, textarea')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, where the respondent resumes
  }, []);

  const shownPageId = submitted || ended ? null : page?.id;
  useEffect(() => {
    if (shownPageId) onPage?.(shownPageId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- each page once as it appears, whoever re-renders the view (so not on a new onPage)
  }, [shownPageId]);

  const go = (to: number) => {
    moved.current = true;
    setChecked(false);
    setPageId(visiblePages[to]!.id);
  };
  const forward = () => {
    if (submitting) return;
    if (problems.size > 0) {
      setChecked(true);
      // The first question that needs something gets the focus.
      requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .rv-question-invalid input, .rv-question-invalid textarea')?.focus());
      return;
    }
    if (!last) return go(index + 1);
    const accepted = onSubmit?.(answers.filter((a) => shown.questions[a.questionId]));
    const end = () => {
      moved.current = true;
      setSubmitted(true);
    };
    // A void callback may still return something (e.g. an array push's length): only a promise is waited for.
    if (!(accepted instanceof Promise)) return end();
    setSubmitting(true);
    accepted.then(end, () => undefined).finally(() => setSubmitting(false));
  };

  const rootClass = `respondent${large ? ' rv-large' : ''}`;
  if (ended || submitted || !page) {
    const message =
      ended?.message ?? (ended?.reason === 'quotaFull' ? (piped.settings.quotaFullMessage ?? strings.quotaFull) : (piped.settings.endMessage ?? strings.endMessage));
    return (
      <div className={rootClass} lang={language} ref={rootRef}>
        <div className="rv-end" role="status">
          <h2 ref={headingRef} tabIndex={-1}>
            {strings.endTitle}
          </h2>
          <p>{message}</p>
        </div>
      </div>
    );
  }

  return (
    <div className={rootClass} lang={language} ref={rootRef}>
      {/* Without a page title the (hidden) heading says the progress; it is not read twice. */}
      <div className="rv-progress" aria-hidden={page.title ? undefined : true}>
        <span>{fill(strings.progress, { page: index + 1, pages: visiblePages.length })}</span>
        <div className="rv-progress-bar" aria-hidden="true">
          <div className="rv-progress-fill" style={{ width: `${((index + 1) / visiblePages.length) * 100}%` }} />
        </div>
      </div>
      <form
        className="rv-page"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          forward();
        }}
      >
        <h2 className={page.title ? 'rv-page-title' : 'rv-visually-hidden'} ref={headingRef} tabIndex={-1}>
          {page.title ?? fill(strings.progress, { page: index + 1, pages: visiblePages.length })}
        </h2>
        <div className="rv-questions" aria-label={strings.questionsLabel} role="group">
          {questions.map((q) => (
            <QuestionBlock
              key={q.id}
              question={q}
              rows={rowsOf(answers, q.id)}
              onRows={(rows) => onAnswer(q.id, rows)}
              problem={checked ? (problems.get(q.id) ?? null) : null}
              typed={typed[q.id] ?? ''}
              onTyped={(text) => setTyped((all) => ({ ...all, [q.id]: text }))}
              seed={seed}
              strings={strings}
            />
          ))}
        </div>
        <div className="rv-buttons">
          {index > 0 && (
            <button type="button" className="rv-button" onClick={() => go(index - 1)}>
              {strings.back}
            </button>
          )}
          <button type="submit" className="rv-button rv-button-primary" disabled={submitting}>
            {last ? strings.submit : strings.next}
          </button>
        </div>
      </form>
    </div>
  );
}

function QuestionBlock({ question: q, problem, strings, ...input }: {
  question: Question;
  rows: AnswerRow[];
  onRows(rows: AnswerRow[]): void;
  problem: string | null;
  typed: string;
  onTyped(text: string): void;
  seed: number;
  strings: (typeof respondentStrings)[SurveyLanguage];
}) {
  const problemId = `${q.id}-problem`;
  const required = 'required' in q && q.required;
  return (
    <section className={`rv-question rv-type-${q.type}${problem ? ' rv-question-invalid' : ''}`} data-question={q.id}>
      <p className={q.type === 'info' ? 'rv-info' : 'rv-question-text'} id={`${q.id}-text`}>
        {q.text}
        {required && (
          <span className="rv-required" title={strings.requiredMark}>
            <span aria-hidden="true"> *</span>
            <span className="rv-visually-hidden">{` (${strings.requiredMark})`}</span>
          </span>
        )}
      </p>
      {q.help && <p className="rv-help">{q.help}</p>}
      <QuestionInput question={q} strings={strings} describedBy={problem ? problemId : undefined} {...input} />
      {problem && (
        <p className="rv-problem" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
