import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
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
  const [settingsOpen, setSettingsOpen] = useState(page.title !== null || page.showIf !== null || pageIssues.length > 0);
  // Drawn on every keystroke of any question: its words are looked up once per language and page number.
  const words = useMemo(
    () => ({
      label: t('surveys.page.label', { n }),
      handle: t('surveys.page.handle', { n }),
      handleHint: t('surveys.move.handleHint'),
      up: t('surveys.page.up', { n }),
      down: t('surveys.page.down', { n }),
      duplicate: t('surveys.page.duplicate', { n }),
      delete: t('surveys.page.delete', { n }),
      settings: t('surveys.page.settings'),
      add: t('surveys.question.add'),
      addTitle: t('surveys.question.addTitle'),
    }),
    [t, n],
  );
  const dropSide = drop?.kind === 'page' && drop.id === page.id ? drop.side : null;

  return (
    <section className={`sv-page${dropSide ? ` sv-drop-${dropSide}` : ''}`} aria-label={words.label} data-page={page.id}>
      <div className="sv-page-head" onKeyDown={onKeyDown} onDragOver={(e) => drag.onPageDragOver(e, page.id, false)} onDrop={(e) => drag.onPageDrop(e, page.id, false)}>
        <button
          type="button"
          className="icon-button sv-card-handle"
          draggable
          onDragStart={(e) => drag.onPageDragStart(e, page.id)}
          onDragEnd={drag.onDragEnd}
          aria-label={words.handle}
          title={words.handleHint}
        >
          <GripIcon />
        </button>
        <h2 className="sv-page-title">{words.label}</h2>
        <span className="sv-page-count muted">{t('surveys.page.questions', { n: page.questions.length })}</span>
        <span className="sv-card-tools">
          <button type="button" className="icon-button" disabled={pageIndex === 0} onClick={() => actions.stepPage(page.id, -1)} aria-label={words.up} title={words.up}>
            <ArrowUpIcon />
          </button>
          <button type="button" className="icon-button" disabled={pageIndex === pageCount - 1} onClick={() => actions.stepPage(page.id, 1)} aria-label={words.down} title={words.down}>
            <ArrowDownIcon />
          </button>
          <button type="button" className="icon-button" onClick={() => actions.duplicatePage(page.id)} aria-label={words.duplicate} title={words.duplicate}>
            <CopyIcon />
          </button>
          <button type="button" className="icon-button" disabled={pageCount === 1} onClick={() => actions.deletePage(page.id)} aria-label={words.delete} title={words.delete}>
            <TrashIcon />
          </button>
        </span>
      </div>
      <details className="sv-page-settings" open={settingsOpen} onToggle={(e) => setSettingsOpen(e.currentTarget.open)}>
        <summary>{words.settings}</summary>
        {/* Drawn only while open: a page's editors list every earlier question. */}
        {settingsOpen && (
          <>
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
          </>
        )}
      </details>
      {/* The title's and the logic's own issues stand under them while the settings are open. */}
      <FieldIssues issues={settingsOpen ? pageIssues.filter((p) => p.at[0] !== 'title' && p.at[0] !== 'showIf') : pageIssues} />
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
              {words.add}
            </>
          }
          title={words.addTitle}
          buttonClassName="button button-small"
        >
          {(close) => (
            <ul className="sv-type-menu" role="menu" aria-label={words.addTitle}>
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
