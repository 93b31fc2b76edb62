import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '@api/index';
import { questionEntries } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { CrosstabPanel } from './crosstab-panel';
import { ResultFilters, type FilterState } from './result-filters';
import { SummaryPanel } from './summary-panel';

export type AnalysisFilter = NonNullable<MethodInput<'analysis.summary'>['filter']>;

/**
 * Per-question results: pick a published version and a question; its summary shows at once, the
 * crosstab below splits it by another question, segments or a member field. The filters apply to both.
 */
export function ResultsView() {
  const { t } = useTranslation();
  const api = useApi();
  const versionFieldId = useId();
  const questionFieldId = useId();
  const versions = useAsync(() => api.call('collect.versions', { all: true }), [api]);
  const segments = useAsync(() => api.call('segments.list', {}), [api]);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [filters, setFilters] = useState<FilterState>({ segmentId: null, from: '', to: '', excludeFlagged: false, pool: false });
  const chosen = versionId ?? versions.data?.versions[0]?.surveyVersionId ?? null;
  const version = useAsync(() => (chosen ? api.call('collect.version', { surveyVersionId: chosen }) : Promise.resolve(null)), [api, chosen]);
  const questions = useMemo(() => (version.data ? questionEntries(version.data.definition).map((e) => e.question).filter((q) => q.type !== 'info') : []), [version.data]);
  const question = questions.find((q) => q.id === questionId) ?? questions[0] ?? null;

  // A new version starts at its first question.
  useEffect(() => setQuestionId(null), [chosen]);

  const siblings = (versions.data?.versions ?? []).filter((v) => v.surveyId === version.data?.surveyId && v.surveyVersionId !== chosen).map((v) => v.surveyVersionId);
  const filter: AnalysisFilter = {
    ...(filters.segmentId !== null ? { segmentId: filters.segmentId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.excludeFlagged ? { excludeFlagged: true } : {}),
    ...(filters.pool && siblings.length ? { versions: siblings } : {}),
  };

  if (versions.data?.versions.length === 0) return <EmptyState title={t('analysis.results.noVersions.title')}>{t('analysis.results.noVersions.body')}</EmptyState>;
  return (
    <div className="an-results">
      <section className="card an-pick">
        <div className="field">
          <label htmlFor={versionFieldId}>{t('analysis.results.version')}</label>
          <select id={versionFieldId} value={chosen ?? ''} onChange={(e) => setVersionId(e.target.value)}>
            {versions.data?.versions.map((v) => (
              <option key={v.surveyVersionId} value={v.surveyVersionId}>
                {t('analysis.results.versionOption', { title: v.title, version: v.version, count: v.responseCount })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={questionFieldId}>{t('analysis.results.question')}</label>
          <select id={questionFieldId} value={question?.id ?? ''} onChange={(e) => setQuestionId(e.target.value)}>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.id} · {q.text}
              </option>
            ))}
          </select>
        </div>
        <ResultFilters value={filters} onChange={setFilters} segments={segments.data?.segments ?? []} canPool={siblings.length > 0} />
      </section>
      <FormError error={versions.error ?? version.error} />
      {chosen && question && version.data && (
        <>
          <SummaryPanel key={`${chosen}:${question.id}`} versionId={chosen} question={question} filter={filter} />
          <CrosstabPanel key={`x:${chosen}:${question.id}`} versionId={chosen} question={question} questions={questions} segments={segments.data?.segments ?? []} filter={filter} />
        </>
      )}
    </div>
  );
}
