import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySummary, SurveyVersion } from '@api/surveys';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { WizardActions } from '@renderer/components/import-wizard/import-wizard';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';

interface Published {
  survey: SurveySummary;
  /** Published versions, newest first. */
  versions: SurveyVersion[];
}

interface Props {
  versionId: string | null;
  onVersion(versionId: string): void;
  onBack(): void;
  onNext(): void;
}

/** Step 2: the published survey version the responses go into (the newest one of the survey chosen first). */
export function VersionStep({ versionId, onVersion, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const ids = { survey: useId(), version: useId() };
  const published = useAsync(async (): Promise<Published[]> => {
    const { surveys } = await api.call('surveys.list', {});
    const withVersions = surveys.filter((s) => s.publishedVersion !== null);
    return Promise.all(
      withVersions.map(async (survey) => ({ survey, versions: (await api.call('surveys.versions', { id: survey.id })).versions.filter((v) => v.publishedAt !== null) })),
    );
  }, [api]);
  const list = published.data ?? [];
  const holder = list.find((p) => p.versions.some((v) => v.id === versionId));
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const chosen = list.find((p) => p.survey.id === (surveyId ?? holder?.survey.id)) ?? null;

  // A survey chosen without a version of it: its newest published one.
  useEffect(() => {
    if (chosen && !chosen.versions.some((v) => v.id === versionId) && chosen.versions[0]) onVersion(chosen.versions[0].id);
  }, [chosen, versionId, onVersion]);

  if (published.data && list.length === 0) {
    return <EmptyState title={t('responsesImport.version.title')}>{t('responsesImport.version.none')}</EmptyState>;
  }
  return (
    <section className="card wizard-card" aria-labelledby="responses-version-title" aria-busy={published.loading}>
      <h2 className="card-title" id="responses-version-title">
        {t('responsesImport.version.title')}
      </h2>
      <p className="card-caption">{t('responsesImport.version.intro')}</p>
      <FormError error={published.error} />
      <div className="version-choice">
        <div className="field">
          <label htmlFor={ids.survey}>{t('responsesImport.version.survey')}</label>
          <select id={ids.survey} value={chosen?.survey.id ?? ''} onChange={(e) => setSurveyId(e.target.value)}>
            {!chosen && <option value="">{t('responsesImport.version.chooseSurvey')}</option>}
            {list.map((p) => (
              <option key={p.survey.id} value={p.survey.id}>
                {p.survey.title}
              </option>
            ))}
          </select>
        </div>
        {chosen && (
          <div className="field version-field">
            <label htmlFor={ids.version}>{t('responsesImport.version.version')}</label>
            <select id={ids.version} value={versionId ?? ''} onChange={(e) => onVersion(e.target.value)}>
              {chosen.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('responsesImport.version.versionLabel', { version: v.version, date: v.publishedAt!.slice(0, 10), n: format.count(v.responseCount) })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {chosen && <p className="field-hint">{t('responsesImport.version.language', { language: t(`surveys.languages.${chosen.survey.language}`) })}</p>}
      <WizardActions onBack={onBack} onNext={onNext} nextDisabled={!chosen || !versionId} />
    </section>
  );
}
