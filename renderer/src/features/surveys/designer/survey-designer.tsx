import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyCalibration, SurveyDetail } from '@api/surveys';
import type { SurveyDefinition } from '@model/survey/definition';
import { effectiveLimits } from '@model/survey/definition';
import { estimateLength } from '@model/survey/estimate-length';
import { DEFAULT_CONSTANTS } from '@model/survey/estimator-constants';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { useAsync } from '@renderer/hooks/use-async';
import { useErrorText } from '@renderer/i18n/error-text';
import { navigate } from '@renderer/shell/hash-route';
import { useNotify } from '@renderer/shell/notices';
import { SURVEYS_ID, surveysHash, type DesignerTab } from '../surveys-route';
import { useQuestionLabel } from '../issue-text';
import * as edits from './definition-edits';
import { DesignerContext, type DesignerActions } from './designer-context';
import { DesignerHeader } from './designer-header';
import { historyReducer, startHistory } from './edit-history';
import { placeIssues } from './issue-places';
import { LengthMeter } from './length-meter';
import { PreviewTab } from './preview-tab';
import { PublishDialog } from './publish-dialog';
import { QuestionsTab } from './questions-tab';
import { SettingsTab } from './settings-tab';
import { useAutosave } from './use-autosave';
import { useDefinitionCheck } from './use-definition-check';
import { useSettled } from './use-settled';
import { VersionsTab } from './versions-tab';

/** How long typing must pause before the rules are checked (and the autosave's delay starts). */
const CHECK_DELAY_MS = 250;

/** #/surveys/<id>: loads the survey, then the designer works on it until the page is left. */
export function SurveyDesigner({ surveyId, tab }: { surveyId: string; tab: DesignerTab }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const detail = useAsync(() => api.call('surveys.get', { id: surveyId }), [api, surveyId]);
  const [loaded, setLoaded] = useState<SurveyDetail | null>(null);
  if (detail.data && detail.data !== loaded) setLoaded(detail.data);

  if (!loaded) {
    return (
      <div className="page">
        {detail.error ? (
          <EmptyState
            title={t('surveys.designer.loadFailed')}
            actions={
              <a className="button" href={surveysHash({ view: 'list' })}>
                {t('surveys.designer.backToList')}
              </a>
            }
          >
            {errorText(detail.error)}
          </EmptyState>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }
  return <DesignerWorkspace key={surveyId} detail={loaded} tab={tab} reload={detail.reload} />;
}

/** Observed share of respondents who saw each question behind display logic, when responses were observed. */
const observedVisibility = (calibration: SurveyCalibration | null): Record<string, number> | undefined =>
  calibration?.visibilityObserved
    ? Object.fromEntries(calibration.perQuestion.flatMap((q) => (q.visibilityShare === null ? [] : [[q.questionId, q.visibilityShare]])))
    : undefined;

function DesignerWorkspace({ detail, tab, reload }: { detail: SurveyDetail; tab: DesignerTab; reload(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [history, dispatch] = useReducer(historyReducer, detail.definition, startHistory);
  const definition = history.present;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const [draft, setDraft] = useState(detail.draft);
  // After a publish the survey is read again: its draft (none now) replaces the one saves reported.
  const [shown, setShown] = useState(detail);
  if (shown !== detail) {
    setShown(detail);
    setDraft(detail.draft);
  }
  const label = useQuestionLabel(definition);

  const constants = useAsync(() => api.call('surveys.constants', {}), [api]);
  const defaults = useAsync(() => api.call('surveys.defaults', {}), [api]);
  const hasResponses = detail.versions.some((v) => v.responseCount > 0);
  const calibration = useAsync(
    () => (hasResponses ? api.call('surveys.calibration', { id: detail.id }) : Promise.resolve(null)),
    [api, detail.id, hasResponses],
  );

  // The live estimate: the model's estimator in this window, on every change, no round trip.
  const workspaceLimits = defaults.data?.limits;
  const { items: itemLimit, minutes: minuteLimit } = effectiveLimits(definition, workspaceLimits);
  const limits = useMemo(() => ({ items: itemLimit, minutes: minuteLimit }), [itemLimit, minuteLimit]);
  const visibility = useMemo(() => observedVisibility(calibration.data), [calibration.data]);
  const estimatorConstants = constants.data?.constants ?? DEFAULT_CONSTANTS;
  const estimate = useMemo(() => estimateLength(definition, { constants: estimatorConstants, limits, visibility }), [definition, estimatorConstants, limits, visibility]);

  // Rules are checked once typing pauses, in a worker: a keystroke only waits for the estimate.
  const settled = useSettled(definition, CHECK_DELAY_MS);
  const check = useDefinitionCheck(settled);
  const checked = check.definition;
  const validation = useMemo(() => ({ parses: check.parses, places: placeIssues(checked, check.issues) }), [check, checked]);

  const save = useCallback(
    async (next: SurveyDefinition) => {
      const saved = await api.call('surveys.update', { id: detail.id, definition: next });
      if (saved.draft) setDraft({ ...saved.draft, issues: saved.issues });
      if (saved.startedNewVersion && saved.draft) {
        notify('info', t('surveys.designer.newVersionStarted', { version: saved.draft.version, published: detail.publishedVersion ?? 0 }));
      }
    },
    [api, detail.id, detail.publishedVersion, notify, t],
  );
  const autosave = useAutosave(checked, validation.parses, save, definition);

  const definitionRef = useRef(definition);
  definitionRef.current = definition;
  const labelRef = useRef(label);
  labelRef.current = label;

  const actions = useMemo((): DesignerActions => {
    const edit: DesignerActions['edit'] = (update, coalesce) => dispatch({ type: 'edit', update, coalesce });
    const focus = (id: string) => setFocusTarget((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    const toggleQuestion = (id: string, want?: boolean) =>
      setOpen((set) => {
        const next = new Set(set);
        if (want ?? !set.has(id)) next.add(id);
        else next.delete(id);
        return next;
      });
    return {
      edit,
      updateQuestion: (id, update, coalesce) => edit((d) => edits.updateQuestion(d, id, update), coalesce),
      stepQuestion: (id, delta) => {
        const moved = edits.stepQuestion(definitionRef.current, id, delta);
        const name = labelRef.current(id).split(' · ')[0]!;
        if (!moved) {
          setAnnouncement(t(delta < 0 ? 'surveys.move.alreadyFirst' : 'surveys.move.alreadyLast', { question: name }));
          return;
        }
        edit(() => moved.definition);
        setAnnouncement(t('surveys.move.moved', { question: name, page: moved.to.pageIndex + 1, position: moved.to.index + 1 }));
        focus(id);
      },
      moveQuestionTo: (id, to) => {
        edit((d) => edits.moveQuestionTo(d, id, to));
        setAnnouncement(t('surveys.move.moved', { question: labelRef.current(id).split(' · ')[0]!, page: to.pageIndex + 1, position: to.index + 1 }));
      },
      renameQuestion: (id, newId) => {
        if (!newId || newId === id) return;
        edit((d) => edits.updateQuestion(d, id, (q) => ({ ...q, id: newId })));
        toggleQuestion(newId, true);
        focus(newId);
      },
      duplicateQuestion: (id) => {
        const copy = edits.duplicateQuestion(definitionRef.current, id);
        if (!copy) return;
        edit(() => copy.definition);
        toggleQuestion(copy.id, true);
        focus(copy.id);
      },
      deleteQuestion: (id) => {
        const name = labelRef.current(id);
        edit((d) => edits.deleteQuestion(d, id));
        setAnnouncement(t('surveys.move.deleted', { question: name }));
      },
      addQuestion: (pageIndex, type) => {
        const question = edits.newQuestion(definitionRef.current, type);
        edit((d) => edits.insertQuestion(d, pageIndex, question));
        toggleQuestion(question.id, true);
        focus(question.id);
      },
      addPage: (afterIndex) => edit((d) => edits.addPage(d, afterIndex).definition),
      duplicatePage: (pageId) => edit((d) => edits.duplicatePage(d, pageId)?.definition ?? d),
      deletePage: (pageId) => edit((d) => edits.deletePage(d, pageId)),
      stepPage: (pageId, delta) => {
        const from = definitionRef.current.pages.findIndex((p) => p.id === pageId);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= definitionRef.current.pages.length) return;
        edit((d) => edits.movePageTo(d, pageId, to));
        setAnnouncement(t('surveys.move.pageMoved', { from: from + 1, to: to + 1 }));
      },
      movePageTo: (pageId, index) => edit((d) => edits.movePageTo(d, pageId, index)),
      toggleQuestion,
      closeAll: () => setOpen(new Set()),
      labelOf: (id) => labelRef.current(id),
      jumpTo: (id) => {
        navigate(SURVEYS_ID, detail.id);
        toggleQuestion(id, true);
        focus(id);
      },
    };
  }, [t, detail.id]);

  useEffect(() => {
    if (!focusTarget) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-question-card]')].find((el) => el.dataset.questionCard === focusTarget.id);
    card?.scrollIntoView({ block: 'nearest' });
    card?.querySelector<HTMLElement>('.sv-card-handle')?.focus({ preventScroll: true });
  }, [focusTarget, tab]);

  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      (key === 'y' || event.shiftKey ? redo : undo)();
    }
  };

  const current = useMemo(() => ({ ...detail, draft }), [detail, draft]);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const openPublish = useCallback(() => setPublishing(true), []);
  const observed = calibration.data && calibration.data.completeResponses > 0 ? calibration.data : null;

  return (
    <DesignerContext value={actions}>
      <div className="page page-wide sv-designer" onKeyDown={onKeyDown}>
        <DesignerHeader
          detail={current}
          language={definition.language}
          tab={tab}
          autosave={autosave}
          canUndo={history.past.length > 0}
          canRedo={history.future.length > 0}
          onUndo={undo}
          onRedo={redo}
          issueCount={validation.places.count}
          onPublish={openPublish}
        />
        {publishing && (
          <PublishDialog
            detail={current}
            definition={definition}
            autosave={autosave}
            places={validation.places}
            estimate={estimate}
            onClose={() => setPublishing(false)}
            onPublished={() => {
              setPublishing(false);
              reload();
            }}
          />
        )}
        {(tab === 'questions' || tab === 'settings') && <LengthMeter estimate={estimate} calibration={observed} ownLimits={definition.settings.limits} />}
        {tab === 'questions' && (
          <QuestionsTab definition={definition} estimate={estimate} calibration={observed} places={validation.places} open={open} />
        )}
        {tab === 'settings' && <SettingsTab detail={current} definition={definition} places={validation.places} workspaceLimits={workspaceLimits ?? null} onSaved={reload} />}
        {tab === 'preview' && <PreviewTab definition={definition} />}
        {tab === 'versions' && <VersionsTab detail={detail} calibration={calibration.data} onRefitted={constants.reload} />}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </DesignerContext>
  );
}
