import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '@api/surveys';
import type { SurveyLanguage } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { navigate } from '@renderer/shell/hash-route';
import { SURVEYS_ID } from '../surveys-route';
import { NameLanguageFields } from './name-language-fields';

/** A copy of a survey as a new draft, in its language or another (same ids and codes; the texts to translate). */
export function DuplicateSurveyDialog({ survey, onClose }: { survey: SurveySummary; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState(t('surveys.duplicate.copyOf', { title: survey.title }).slice(0, 300));
  const [language, setLanguage] = useState<SurveyLanguage>(survey.language);
  const duplicate = useAction(async () => {
    const { id } = await api.call('surveys.duplicate', { id: survey.id, title, language });
    onClose();
    navigate(SURVEYS_ID, id);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) void duplicate.run();
  };
  return (
    <Dialog title={t('surveys.duplicate.title', { title: survey.title })} onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <NameLanguageFields
          title={title}
          onTitle={setTitle}
          language={language}
          onLanguage={setLanguage}
          languageHint={language !== survey.language ? t('surveys.duplicate.translateHint') : null}
        />
        <FormError error={duplicate.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim() || duplicate.busy}>
            {duplicate.busy ? t('common.working') : t('surveys.duplicate.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
