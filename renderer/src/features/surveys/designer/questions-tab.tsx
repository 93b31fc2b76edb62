import { useDeferredValue, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyCalibration } from '@api/surveys';
import { questionEntries, type SurveyDefinition } from '@model/survey/definition';
import type { LengthEstimate } from '@model/survey/estimate-length';
import { itemsOf } from '@model/survey/question-cost';
import { PlusIcon } from '@renderer/components/icons';
import { findQuestion } from './definition-edits';
import { useIssueText } from '../issue-text';
import { useSurveyFormat } from '../survey-format';
import { CardTextContext, useDesignerActions, type CardText } from './designer-context';
import type { IssuePlaces, PlacedIssue } from './issue-places';
import { PageSection } from './page-section';
import type { DropHandlers } from './question-card';
import { questionNumbers } from './question-labels';

const QUESTION_TYPE = 'application/x-survey-question';
const PAGE_TYPE = 'application/x-survey-page';
const NO_ISSUES: readonly PlacedIssue[] = [];
/** Cards drawn in the first frame of a long survey (more than a screen); the rest follow in a deferred render. */
const FIRST_CARDS = 30;

export type Drop = { kind: 'question'; id: string; side: 'before' | 'after' } | { kind: 'page'; id: string; side: 'before' | 'after' } | { kind: 'pageEnd'; id: string };

/** The side of the element under the pointer: its upper or lower half. */
const sideOf = (event: DragEvent): 'before' | 'after' => {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
};

/**
 * The pages and their questions. Dragging (a question by its handle onto another question or a
 * page's end; a page by its handle onto another page) and the keyboard (Alt+↑/↓, the arrow
 * buttons) reorder them. Issue lists keep their identity while their content is the same, so a
 * card is drawn again only when something it shows changed.
 */
export function QuestionsTab({ definition, estimate, calibration, places, open }: {
  definition: SurveyDefinition;
  estimate: LengthEstimate;
  calibration: SurveyCalibration | null;
  places: IssuePlaces;
  open: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const actions = useDesignerActions();
  const f = useSurveyFormat();
  const issueText = useIssueText(actions.labelOf);
  const cardText = useMemo((): CardText => ({ t, f, issueText }), [t, f, issueText]);
  // A long survey opens with its first screen of cards; React draws the rest right after, interruptibly.
  const drawn = useDeferredValue(Number.POSITIVE_INFINITY, FIRST_CARDS);
  const [drop, setDrop] = useState<Drop | null>(null);
  const dragging = useRef<{ kind: 'question' | 'page'; id: string } | null>(null);
  const stable = useRef(new Map<string, { signature: string; list: readonly PlacedIssue[] }>());
  const definitionRef = useRef(definition);
  definitionRef.current = definition;

  const numbers = useMemo(() => questionNumbers(definition), [definition]);
  const costs = useMemo(() => new Map(estimate.perQuestion.map((q) => [q.questionId, q])), [estimate]);
  const observed = useMemo(() => new Map((calibration?.perQuestion ?? []).map((q) => [q.questionId, q])), [calibration]);
  const ordered = useMemo(() => questionEntries(definition).map((e) => e.question.id), [definition]);
  // Where each page starts in reading order.
  const firstOfPage = useMemo(() => {
    let n = 0;
    return definition.pages.map((page) => ((n += page.questions.length), n - page.questions.length));
  }, [definition]);

  const issuesOf = (id: string): readonly PlacedIssue[] => {
    const list = places.byQuestion.get(id);
    if (!list) return NO_ISSUES;
    const signature = JSON.stringify(list.map((p) => [p.at, p.issue.kind, p.issue.params]));
    const kept = stable.current.get(id);
    if (kept && kept.signature === signature) return kept.list;
    stable.current.set(id, { signature, list });
    return list;
  };

  const drag = useMemo((): DropHandlers & {
    onPageDragStart(event: DragEvent, pageId: string): void;
    onPageDragOver(event: DragEvent, pageId: string, end: boolean): void;
    onPageDrop(event: DragEvent, pageId: string, end: boolean): void;
  } => {
    const accepts = (event: DragEvent, kind: 'question' | 'page') => dragging.current?.kind === kind || event.dataTransfer.types.includes(kind === 'question' ? QUESTION_TYPE : PAGE_TYPE);
    const end = () => {
      dragging.current = null;
      setDrop(null);
    };
    return {
      onDragStart: (event, id) => {
        dragging.current = { kind: 'question', id };
        event.dataTransfer.setData(QUESTION_TYPE, id);
        event.dataTransfer.effectAllowed = 'move';
        const card = (event.currentTarget as HTMLElement).closest('.sv-card');
        if (card) event.dataTransfer.setDragImage(card, 20, 20);
      },
      onDragOver: (event, id) => {
        if (!accepts(event, 'question')) return;
        event.preventDefault();
        event.stopPropagation();
        const side = sideOf(event);
        setDrop((d) => (d?.kind === 'question' && d.id === id && d.side === side ? d : { kind: 'question', id, side }));
      },
      onDrop: (event, targetId) => {
        const source = dragging.current?.kind === 'question' ? dragging.current.id : event.dataTransfer.getData(QUESTION_TYPE);
        event.preventDefault();
        event.stopPropagation();
        end();
        if (!source || source === targetId) return;
        const d = definitionRef.current;
        const from = findQuestion(d, source);
        const target = findQuestion(d, targetId);
        if (!from || !target) return;
        let index = target.index + (sideOf(event) === 'after' ? 1 : 0);
        // The place is counted without the moved question.
        if (from.pageIndex === target.pageIndex && from.index < index) index--;
        actions.moveQuestionTo(source, { pageIndex: target.pageIndex, index });
      },
      onDragEnd: end,
      onPageDragStart: (event, pageId) => {
        dragging.current = { kind: 'page', id: pageId };
        event.dataTransfer.setData(PAGE_TYPE, pageId);
        event.dataTransfer.effectAllowed = 'move';
      },
      onPageDragOver: (event, pageId, atEnd) => {
        if (accepts(event, 'question') && atEnd) {
          event.preventDefault();
          setDrop((d) => (d?.kind === 'pageEnd' && d.id === pageId ? d : { kind: 'pageEnd', id: pageId }));
        } else if (accepts(event, 'page') && !atEnd) {
          event.preventDefault();
          const side = sideOf(event);
          setDrop((d) => (d?.kind === 'page' && d.id === pageId && d.side === side ? d : { kind: 'page', id: pageId, side }));
        }
      },
      onPageDrop: (event, pageId, atEnd) => {
        event.preventDefault();
        const current = dragging.current;
        const side = sideOf(event);
        end();
        const d = definitionRef.current;
        const pageIndex = d.pages.findIndex((p) => p.id === pageId);
        if (!current || pageIndex < 0) return;
        if (current.kind === 'question' && atEnd) {
          const from = findQuestion(d, current.id);
          const count = d.pages[pageIndex]!.questions.length;
          actions.moveQuestionTo(current.id, { pageIndex, index: from?.pageIndex === pageIndex ? count - 1 : count });
        } else if (current.kind === 'page' && !atEnd && current.id !== pageId) {
          const from = d.pages.findIndex((p) => p.id === current.id);
          let index = pageIndex + (side === 'after' ? 1 : 0);
          if (from < index) index--;
          actions.movePageTo(current.id, index);
        }
      },
    };
  }, [actions]);

  return (
    <CardTextContext value={cardText}>
      <div className="sv-pages">
        {open.size > 0 && (
          <div className="sv-pages-tools">
            <button type="button" className="button button-small" onClick={actions.closeAll}>
              {t('surveys.question.closeAll', { n: open.size })}
            </button>
          </div>
        )}
        {definition.pages.map((page, pageIndex) => (
          <PageSection
            key={page.id}
            page={page}
            pageIndex={pageIndex}
            pageCount={definition.pages.length}
            definition={definition}
            pageIssues={places.byPage.get(page.id) ?? NO_ISSUES}
            drop={drop}
            drag={drag}
            cards={page.questions.slice(0, Math.max(0, drawn - firstOfPage[pageIndex]!)).map((q) => {
              const cost = costs.get(q.id);
              const seen = observed.get(q.id);
              const expanded = open.has(q.id);
              return {
                question: q,
                number: numbers.get(q.id) ?? null,
                first: ordered[0] === q.id,
                last: ordered.at(-1) === q.id,
                issues: issuesOf(q.id),
                expanded,
                definition: expanded ? definition : null,
                dropSide: drop?.kind === 'question' && drop.id === q.id ? drop.side : null,
                drag,
                items: itemsOf(q),
                readingSeconds: cost?.readingSeconds ?? 0,
                answeringSeconds: cost?.answeringSeconds ?? 0,
                visibility: cost?.visibility ?? 'always',
                visibilityShare: cost?.visibilityShare ?? 1,
                observedSeconds: seen?.observedMedianSeconds ?? null,
                leftAtShare: seen?.leftAtShare ?? null,
              };
            })}
          />
        ))}
        <button type="button" className="button sv-add-page" onClick={() => actions.addPage(definition.pages.length - 1)}>
          <PlusIcon />
          {t('surveys.page.add')}
        </button>
      </div>
    </CardTextContext>
  );
}
