import { useMemo, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { questionEntries, questionTypes, type SurveyDefinition, type SurveyPage } from '@model/survey/definition';
import { PlusIcon } from '@renderer/components/icons';
import { Popover } from '@renderer/components/popover';
import { ArrowDownIcon, ArrowUpIcon, CopyIcon, GripIcon, TrashIcon } from '../survey-icons';
import { questionTypeKey } from '../issue-text';
import { useDesignerActions } from './designer-context';
import { FieldIssues } from './field-issues';
import { issuesUnder, type PlacedIssue } from './issue-places';
import { LogicEditor } from './logic-editor';
import { PipedTextField } from './piped-text-field';
import { QuestionCard, type DropHandlers, type QuestionCardProps } from './question-card';
import type { Drop } from './questions-tab';

interface PageDrag extends DropHandlers {
  onPageDragStart(event: DragEvent, pageId: string): void;
  onPageDragOver(event: DragEvent, pageId: string, end: boolean): void;
  onPageDrop(event: DragEvent, pageId: string, end: boolean): void;
}

interface Props {
  page: SurveyPage;
  pageIndex: number;
  pageCount: number;
  definition: SurveyDefinition;
  pageIssues: readonly PlacedIssue[];
  cards: QuestionCardProps[];
  drop: Drop | null;
  drag: PageDrag;
}

/** One page: its title and display logic, its questions, and the menu that adds a question of any type. */
export function PageSection({ page, pageIndex, pageCount, definition, pageIssues, cards, drop, drag }: Props) {
  const { t } = useTranslation();
  const actions = useDesignerActions();
  const n = pageIndex + 1;
  const earlierPages = useMemo(() => questionEntries(definition).filter((e) => e.pageIndex < pageIndex && e.question.type !== 'info'), [definition, pageIndex]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    actions.stepPage(page.id, event.key === 'ArrowUp' ? -1 : 1);
  };
  const dropSide = drop?.kind === 'page' && drop.id === page.id ? drop.side : null;

  return (
    <section className={`sv-page${dropSide ? ` sv-drop-${dropSide}` : ''}`} aria-label={t('surveys.page.label', { n })} data-page={page.id}>
      <div className="sv-page-head" onKeyDown={onKeyDown} onDragOver={(e) => drag.onPageDragOver(e, page.id, false)} onDrop={(e) => drag.onPageDrop(e, page.id, false)}>
        <button
          type="button"
          className="icon-button sv-card-handle"
          draggable
          onDragStart={(e) => drag.onPageDragStart(e, page.id)}
          onDragEnd={drag.onDragEnd}
          aria-label={t('surveys.page.handle', { n })}
          title={t('surveys.move.handleHint')}
        >
          <GripIcon />
        </button>
        <h2 className="sv-page-title">{t('surveys.page.label', { n })}</h2>
        <span className="sv-page-count muted">{t('surveys.page.questions', { n: page.questions.length })}</span>
        <span className="sv-card-tools">
          <button type="button" className="icon-button" disabled={pageIndex === 0} onClick={() => actions.stepPage(page.id, -1)} aria-label={t('surveys.page.up', { n })} title={t('surveys.page.up', { n })}>
            <ArrowUpIcon />
          </button>
          <button type="button" className="icon-button" disabled={pageIndex === pageCount - 1} onClick={() => actions.stepPage(page.id, 1)} aria-label={t('surveys.page.down', { n })} title={t('surveys.page.down', { n })}>
            <ArrowDownIcon />
          </button>
          <button type="button" className="icon-button" onClick={() => actions.duplicatePage(page.id)} aria-label={t('surveys.page.duplicate', { n })} title={t('surveys.page.duplicate', { n })}>
            <CopyIcon />
          </button>
          <button type="button" className="icon-button" disabled={pageCount === 1} onClick={() => actions.deletePage(page.id)} aria-label={t('surveys.page.delete', { n })} title={t('surveys.page.delete', { n })}>
            <TrashIcon />
          </button>
        </span>
      </div>
      <details className="sv-page-settings" open={page.title !== null || page.showIf !== null || pageIssues.length > 0 || undefined}>
        <summary>{t('surveys.page.settings')}</summary>
        <PipedTextField
          label={t('surveys.page.title')}
          value={page.title ?? ''}
          onChange={(title) => actions.edit((d) => ({ ...d, pages: d.pages.map((p) => (p.id === page.id ? { ...p, title: title === '' ? null : title } : p)) }), `${page.id}.title`)}
          available={earlierPages}
          definition={definition}
          issues={issuesUnder(pageIssues, ['title'])}
        />
        <LogicEditor
          showIf={page.showIf}
          definition={definition}
          available={earlierPages}
          label={t('surveys.logic.page')}
          issues={issuesUnder(pageIssues, ['showIf'])}
          onChange={(showIf) => actions.edit((d) => ({ ...d, pages: d.pages.map((p) => (p.id === page.id ? { ...p, showIf } : p)) }), `${page.id}.showIf`)}
        />
      </details>
      <FieldIssues issues={pageIssues.filter((p) => p.at[0] !== 'title' && p.at[0] !== 'showIf')} />
      <div className="sv-cards">
        {cards.map((card) => (
          <QuestionCard key={card.question.id} {...card} />
        ))}
      </div>
      <div
        className={`sv-page-end${drop?.kind === 'pageEnd' && drop.id === page.id ? ' sv-drop-target' : ''}`}
        onDragOver={(e) => drag.onPageDragOver(e, page.id, true)}
        onDrop={(e) => drag.onPageDrop(e, page.id, true)}
      >
        <Popover
          label={
            <>
              <PlusIcon />
              {t('surveys.question.add')}
            </>
          }
          title={t('surveys.question.addTitle')}
          buttonClassName="button button-small"
        >
          {(close) => (
            <ul className="sv-type-menu" role="menu" aria-label={t('surveys.question.addTitle')}>
              {questionTypes.map((type) => (
                <li key={type} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    className="sv-pipe-item"
                    onClick={() => {
                      close();
                      actions.addQuestion(pageIndex, type);
                    }}
                  >
                    {t(questionTypeKey(type))}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Popover>
      </div>
    </section>
  );
}
