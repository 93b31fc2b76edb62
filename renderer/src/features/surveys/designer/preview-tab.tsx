import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerRow } from '@model/survey/answer-fields';
import type { SurveyDefinition } from '@model/survey/definition';
import { replaceRows } from '@renderer/components/respondent-view/respondent-answers';
import { RespondentView } from '@renderer/components/respondent-view/respondent-view';

/** The respondent's view of the draft, in the survey's language, with logic and piping working; nothing is saved. */
export function PreviewTab({ definition }: { definition: SurveyDefinition }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<AnswerRow[]>([]);
  const [run, setRun] = useState(1);
  return (
    <section className="sv-preview" aria-label={t('surveys.preview.label')}>
      <div className="sv-preview-bar">
        <p className="muted">{t('surveys.preview.note', { language: t(`surveys.languages.${definition.language}`) })}</p>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setAnswers([]);
            setRun((n) => n + 1);
          }}
        >
          {t('surveys.preview.restart')}
        </button>
      </div>
      <div className="card sv-preview-frame">
        <RespondentView key={run} definition={definition} answers={answers} seed={run} onAnswer={(id, rows) => setAnswers((all) => replaceRows(all, id, rows))} />
      </div>
    </section>
  );
}
