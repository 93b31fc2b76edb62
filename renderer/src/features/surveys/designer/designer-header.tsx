import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '@api/surveys';
import type { SurveyLanguage } from '@model/survey/definition';
import { ArrowLeftIcon, UndoIcon } from '@renderer/components/icons';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useErrorText } from '@renderer/i18n/error-text';
import { RedoIcon } from '../survey-icons';
import { useExportDefinition } from '../survey-files';
import { designerTabs, surveysHash, type DesignerTab } from '../surveys-route';
import type { Autosave } from './use-autosave';

export interface DesignerHeaderProps {
  detail: SurveyDetail;
  language: SurveyLanguage;
  tab: DesignerTab;
  autosave: Autosave;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  issueCount: number;
  onPublish(): void;
}

/**
 * The survey's name and state, saving, undo and redo, export, publish, and the designer's tabs.
 * Memoised: typing changes none of its props, so it is not drawn again on each key.
 */
export const DesignerHeader = memo(function DesignerHeader({ detail, language, tab, autosave, canUndo, canRedo, onUndo, onRedo, issueCount, onPublish }: DesignerHeaderProps) {
  const { t } = useTranslation();
  const exportDefinition = useExportDefinition();
  const exporting = useAction(() => exportDefinition(detail.id));
  const published = detail.publishedVersion;
  const status = detail.draft ? (published === null ? 'draft' : 'publishedWithDraft') : 'published';

  return (
    <header className="sv-head">
      <a className="sv-back" href={surveysHash({ view: 'list' })}>
        <ArrowLeftIcon />
        {t('surveys.designer.backToList')}
      </a>
      <div className="sv-head-row">
        <div className="sv-head-title">
          <h1>{detail.title}</h1>
          <p className="sv-head-state">
            <span className={`sv-badge sv-badge-${status}`}>{t(`surveys.state.${status}`, { version: detail.draft?.version ?? published ?? 1, published: published ?? 0 })}</span>
            <span className="sv-badge sv-badge-language">{t(`surveys.languages.${language}`)}</span>
            <SaveState autosave={autosave} />
          </p>
        </div>
        <div className="sv-head-actions">
          <button type="button" className="icon-button sv-icon-button" onClick={onUndo} disabled={!canUndo} aria-label={t('surveys.designer.undo')} title={t('surveys.designer.undoHint')}>
            <UndoIcon />
          </button>
          <button type="button" className="icon-button sv-icon-button" onClick={onRedo} disabled={!canRedo} aria-label={t('surveys.designer.redo')} title={t('surveys.designer.redoHint')}>
            <RedoIcon />
          </button>
          <button type="button" className="button" disabled={exporting.busy} onClick={() => void exporting.run()}>
            {t('surveys.files.export')}
          </button>
          <button type="button" className="button button-primary" onClick={onPublish}>
            {t('surveys.publish.button')}
          </button>
        </div>
      </div>
      <FormError error={exporting.error} />
      {status === 'published' && <p className="sv-banner">{t('surveys.designer.publishedBanner', { version: published, next: (published ?? 0) + 1 })}</p>}
      {status === 'publishedWithDraft' && <p className="sv-banner">{t('surveys.designer.draftBanner', { version: detail.draft!.version, published })}</p>}
      <nav className="sv-tabs" aria-label={t('surveys.tabs.label')}>
        {designerTabs.map((name) => (
          <a key={name} className="sv-tab" href={surveysHash({ view: 'designer', surveyId: detail.id, tab: name })} aria-current={tab === name ? 'page' : undefined}>
            {t(`surveys.tabs.${name}`)}
            {name === 'questions' && issueCount > 0 && <span className="sv-tab-count">{issueCount}</span>}
          </a>
        ))}
      </nav>
    </header>
  );
});

function SaveState({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const text = autosave.status === 'error' && autosave.error ? t('surveys.save.error', { reason: errorText(autosave.error) }) : t(`surveys.save.${autosave.status}`);
  return (
    <span className={`sv-save sv-save-${autosave.status}`} role="status" data-save={autosave.status}>
      {autosave.status === 'saving' && <span className="spinner" aria-hidden="true" />}
      {text}
      {autosave.status === 'error' && (
        <button type="button" className="button button-small" onClick={() => void autosave.flush()}>
          {t('common.retry')}
        </button>
      )}
    </span>
  );
}
