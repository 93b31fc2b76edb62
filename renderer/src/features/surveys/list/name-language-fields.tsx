import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyLanguages, type SurveyLanguage } from '@model/survey/definition';

/** A survey's name and its one language, as the create and duplicate dialogs ask them. */
export function NameLanguageFields({ title, onTitle, language, onLanguage, languageHint }: {
  title: string;
  onTitle(title: string): void;
  language: SurveyLanguage;
  onLanguage(language: SurveyLanguage): void;
  languageHint: string | null;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const languageId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={titleId}>{t('surveys.create.name')}</label>
        <input id={titleId} value={title} maxLength={300} onChange={(e) => onTitle(e.target.value)} data-autofocus />
      </div>
      <div className="field">
        <label htmlFor={languageId}>{t('surveys.create.language')}</label>
        <select id={languageId} value={language} onChange={(e) => onLanguage(e.target.value as SurveyLanguage)}>
          {surveyLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`surveys.languages.${l}`)}
            </option>
          ))}
        </select>
        {languageHint && <p className="field-hint">{languageHint}</p>}
      </div>
    </>
  );
}
