import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { Question, SurveyDefinition } from '@model/survey/definition';
import type { Visibility } from '@model/survey/estimate-length';
import { ChevronIcon, CopyIcon, GripIcon, ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../survey-icons';
import { questionTypeKey } from '../issue-text';
import { useCardText, useDesignerActions } from './designer-context';
import type { PlacedIssue } from './issue-places';
import { clipText } from './question-labels';
import { QuestionFields } from './question-fields';

/** Figures shown on a card: the estimate for one respondent who sees it, and what was observed. */
export interface CardFigures {
  items: number;
  readingSeconds: number;
  answeringSeconds: number;
  visibility: Visibility;
  visibilityShare: number;
  observedSeconds: number | null;
  leftAtShare: number | null;
}

export interface DropHandlers {
  onDragStart(event: DragEvent, questionId: string): void;
  onDragOver(event: DragEvent, questionId: string): void;
  onDrop(event: DragEvent, questionId: string): void;
  onDragEnd(): void;
}

export interface QuestionCardProps extends CardFigures {
  question: Question;
  /** Among answerable questions; null for an information block. */
  number: number | null;
  first: boolean;
  last: boolean;
  issues: readonly PlacedIssue[];
  expanded: boolean;
  /** Given only to an open editor (logic and piping need the questions before it). */
  definition: SurveyDefinition | null;
  dropSide: 'before' | 'after' | null;
  drag: DropHandlers;
}

/**
 * One question in the designer: a header line (drag handle, number, type, text, its cost and
 * what was observed, its issues, move, duplicate and delete) and, when open, its fields. Memoised
 * on plain props, so typing in one question draws only that card (and the length meter).
 */
export const QuestionCard = memo(function QuestionCard(props: QuestionCardProps) {
  const { question: q, number, first, last, issues, expanded, definition, dropSide, drag } = props;
  const { t, f, issueText } = useCardText();
  const actions = useDesignerActions();
  const name = number === null ? t('surveys.question.infoLabel') : t('surveys.question.number', { n: number });
  const tip = {
    handle: t('surveys.move.handle', { question: name }),
    up: t('surveys.move.up', { question: name }),
    down: t('surveys.move.down', { question: name }),
    duplicate: t('surveys.question.duplicate', { question: name }),
    delete: t('surveys.question.delete', { question: name }),
  };
  const seconds = props.readingSeconds + props.answeringSeconds;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    actions.stepQuestion(q.id, event.key === 'ArrowUp' ? -1 : 1);
  };

  const costTitle = [
    t('surveys.cost.detail', { reading: f.seconds(props.readingSeconds), answering: f.seconds(props.answeringSeconds) }),
    props.visibility === 'observed' ? t('surveys.cost.observedShare', { share: f.percent(props.visibilityShare) }) : null,
    props.visibility === 'assumed-all' ? t('surveys.cost.assumedAll') : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article
      className={`sv-card${expanded ? ' sv-card-open' : ''}${issues.length ? ' sv-card-invalid' : ''}${dropSide ? ` sv-drop-${dropSide}` : ''}`}
      data-question-card={q.id}
      aria-label={`${name} · ${clipText(q.text, 60)}`}
      onDragOver={(e) => drag.onDragOver(e, q.id)}
      onDrop={(e) => drag.onDrop(e, q.id)}
    >
      <div className="sv-card-head" onKeyDown={onKeyDown}>
        <button
          type="button"
          className="icon-button sv-card-handle"
          draggable
          onDragStart={(e) => drag.onDragStart(e, q.id)}
          onDragEnd={drag.onDragEnd}
          aria-label={tip.handle}
          title={t('surveys.move.handleHint')}
        >
          <GripIcon />
        </button>
        <button type="button" className="sv-card-summary" aria-expanded={expanded} onClick={() => actions.toggleQuestion(q.id)}>
          <ChevronIcon className="sv-card-chevron" />
          <span className="sv-card-number">{name}</span>
          <span className="sv-card-type">{t(questionTypeKey(q.type))}</span>
          <span className="sv-card-text">{q.text}</span>
        </button>
        <span className="sv-card-figures">
          <span className={`sv-cost sv-cost-${props.visibility}`} title={costTitle} data-cost={q.id}>
            {props.items > 0 ? `${f.items(props.items)} · ` : ''}
            {f.seconds(seconds)}
            {props.visibility !== 'always' && <span aria-hidden="true"> ◐</span>}
          </span>
          {props.observedSeconds !== null && (
            <span className="sv-observed" title={t('surveys.cost.observedHint')}>
              {t('surveys.cost.observed', { seconds: f.seconds(props.observedSeconds) })}
              {props.leftAtShare !== null && props.leftAtShare > 0 && ` · ${t('surveys.cost.leftAt', { share: f.percent(props.leftAtShare) })}`}
            </span>
          )}
        </span>
        <span className="sv-card-tools">
          <button type="button" className="icon-button" disabled={first} onClick={() => actions.stepQuestion(q.id, -1)} aria-label={tip.up} title={tip.up}>
            <ArrowUpIcon />
          </button>
          <button type="button" className="icon-button" disabled={last} onClick={() => actions.stepQuestion(q.id, 1)} aria-label={tip.down} title={tip.down}>
            <ArrowDownIcon />
          </button>
          <button type="button" className="icon-button" onClick={() => actions.duplicateQuestion(q.id)} aria-label={tip.duplicate} title={tip.duplicate}>
            <CopyIcon />
          </button>
          <button type="button" className="icon-button" onClick={() => actions.deleteQuestion(q.id)} aria-label={tip.delete} title={tip.delete}>
            <TrashIcon />
          </button>
        </span>
      </div>
      {!expanded && issues.length > 0 && (
        <p className="field-error sv-card-issue">
          {issueText(issues[0]!.issue)}
          {issues.length > 1 && ` ${t('surveys.question.moreIssues', { n: issues.length - 1 })}`}
        </p>
      )}
      {expanded && definition && <QuestionFields question={q} definition={definition} issues={issues} />}
    </article>
  );
});
