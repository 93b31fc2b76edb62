import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '@api/index';
import type { Question } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { CountsView } from './crosstab-chart';
import { CrosstabExportButton } from './crosstab-export-button';
import { MeansResult } from './crosstab-result';
import type { AnalysisFilter } from './results-view';

type Segment = MethodOutput<'segments.list'>['segments'][number];
type Crosstab = MethodOutput<'analysis.crosstab'>;
type CrosstabRequest = MethodInput<'analysis.crosstab'>;
type By = CrosstabRequest['by'];

/** Member fields with a few values a crosstab can split by, in the member page's order. */
const FIELDS = ['gender', 'ageBand', 'country', 'lifecycleStage', 'sourceChannel', 'consentStatus'];
const CLOSED = new Set(['single', 'multi', 'likert', 'matrix', 'nps']);
const SCORED = new Set(['likert', 'matrix', 'nps', 'number']);

/**
 * The crosstab builder: the question (a matrix row) by another closed question, by segments or by
 * a member field; counts with column percentages and letters, or means; then the table and its tests.
 */
export function CrosstabPanel({ versionId, question, questions, segments, filter }: { versionId: string; question: Question; questions: readonly Question[]; segments: readonly Segment[]; filter: AnalysisFilter }) {
  const { t } = useTranslation();
  const api = useApi();
  const labels = useMemberLabels();
  const { attributes } = useMemberVocabulary();
  const ids = { row: useId(), kind: useId(), question: useId(), field: useId(), measure: useId() };
  const columnQuestions = questions.filter((q) => CLOSED.has(q.type) && q.id !== question.id);
  const rows = question.type === 'matrix' ? question.rows : [];
  const [rowId, setRowId] = useState(rows[0]?.id ?? null);
  const [kind, setKind] = useState<By['kind']>(columnQuestions.length ? 'question' : 'segments');
  const [byQuestion, setByQuestion] = useState(columnQuestions[0]?.id ?? '');
  const [segmentIds, setSegmentIds] = useState<number[]>([]);
  const [field, setField] = useState(FIELDS[0]!);
  const [measure, setMeasure] = useState<'counts' | 'means'>(question.type === 'number' ? 'means' : 'counts');
  const [bonferroni, setBonferroni] = useState(false);
  const [result, setResult] = useState<Crosstab | null>(null);
  // The request the table on screen answers (the form may have changed since): what "Export CSV" writes.
  const [shown, setShown] = useState<CrosstabRequest | null>(null);
  const fields = [...FIELDS, ...attributes.filter((a) => a.type === 'choice' || a.type === 'text').map((a) => `attr:${a.key}`)];
  const columnQuestion = questions.find((q) => q.id === byQuestion);

  const by = (): By => {
    if (kind === 'segments') return { kind, segmentIds };
    if (kind === 'field') return { kind, field };
    return { kind, questionId: byQuestion, ...(columnQuestion?.type === 'matrix' ? { rowId: columnQuestion.rows[0]!.id } : {}) };
  };
  const run = useAction(async () => {
    const request: CrosstabRequest = { surveyVersionId: versionId, questionId: question.id, rowId, by: by(), measure, filter, bonferroni };
    setResult(await api.call('analysis.crosstab', request));
    setShown(request);
  });
  const ready = kind === 'segments' ? segmentIds.length > 0 : kind === 'question' ? byQuestion !== '' : true;
  const measures = [...(question.type !== 'number' && question.type !== 'text' && question.type !== 'longText' ? (['counts'] as const) : []), ...(SCORED.has(question.type) ? (['means'] as const) : [])];
  if (measures.length === 0) return null;

  return (
    <section className="card an-crosstab">
      <h2 className="card-title">{t('analysis.results.crosstab.title')}</h2>
      <form
        className="an-crosstab-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run.run();
        }}
      >
        {rows.length > 0 && (
          <div className="field">
            <label htmlFor={ids.row}>{t('analysis.results.row')}</label>
            <select id={ids.row} value={rowId ?? ''} onChange={(e) => setRowId(e.target.value)}>
              {rows.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.kind}>{t('analysis.results.crosstab.by')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as By['kind'])}>
            {columnQuestions.length > 0 && <option value="question">{t('analysis.results.crosstab.byQuestion')}</option>}
            <option value="segments">{t('analysis.results.crosstab.bySegments')}</option>
            <option value="field">{t('analysis.results.crosstab.byField')}</option>
          </select>
        </div>
        {kind === 'question' && (
          <div className="field">
            <label htmlFor={ids.question}>{t('analysis.results.crosstab.columnQuestion')}</label>
            <select id={ids.question} value={byQuestion} onChange={(e) => setByQuestion(e.target.value)}>
              {columnQuestions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.id} · {q.text}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'field' && (
          <div className="field">
            <label htmlFor={ids.field}>{t('analysis.results.crosstab.field')}</label>
            <select id={ids.field} value={field} onChange={(e) => setField(e.target.value)}>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {labels.field(f)}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'segments' && (
          <fieldset className="an-segment-picks">
            <legend>{t('analysis.results.crosstab.segmentsPick')}</legend>
            {segments.map((s) => (
              <label key={s.id} className="checkbox-field">
                <input type="checkbox" checked={segmentIds.includes(s.id)} onChange={(e) => setSegmentIds((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id)))} />
                {s.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={ids.measure}>{t('analysis.results.crosstab.measure')}</label>
          <select id={ids.measure} value={measure} onChange={(e) => setMeasure(e.target.value as 'counts' | 'means')}>
            {measures.map((m) => (
              <option key={m} value={m}>
                {t(`analysis.results.crosstab.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {measure === 'counts' && (
          <label className="checkbox-field">
            <input type="checkbox" checked={bonferroni} onChange={(e) => setBonferroni(e.target.checked)} />
            {t('analysis.results.crosstab.bonferroni')}
          </label>
        )}
        <button type="submit" className="button button-primary" disabled={!ready || run.busy}>
          {run.busy ? t('common.working') : t('analysis.results.crosstab.run')}
        </button>
      </form>
      <FormError error={run.error} />
      {result?.measure === 'counts' && <CountsView result={result} columnLabel={(c) => (result && kind === 'field' ? labels.scalar(field, c.label) : c.label)} />}
      {result?.measure === 'means' && <MeansResult result={result} />}
      {result && shown && <CrosstabExportButton request={shown} />}
    </section>
  );
}
