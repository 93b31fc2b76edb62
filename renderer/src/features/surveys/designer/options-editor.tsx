import { useTranslation } from 'react-i18next';
import { OTHER_CODE, type MatrixRow, type Question, type SurveyDefinition, type SurveyOption } from '@model/survey/definition';
import { fill, respondentStrings } from '@renderer/i18n/locales/respondent';
import { PlusIcon } from '@renderer/components/icons';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../survey-icons';
import { freeId, hasOther, newOption, withOther } from './definition-edits';
import { FieldIssues } from './field-issues';
import { issuesUnder, type PlacedIssue } from './issue-places';

const moved = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

interface OptionsEditorProps {
  question: Extract<Question, { options: SurveyOption[] }>;
  definition: SurveyDefinition;
  onOptions(options: SurveyOption[], coalesce?: string): void;
  issues: readonly PlacedIssue[];
}

/**
 * Answer options: code (stored) and label (shown), with the flags the type allows: exclusive
 * ("None of these", multiple choice), non-substantive ("Don't know"), and "Other, please specify"
 * (the reserved code `other`, single and multiple choice) added with its own button.
 */
export function OptionsEditor({ question: q, definition, onOptions, issues }: OptionsEditorProps) {
  const { t } = useTranslation();
  const templates = respondentStrings[definition.language].templates;
  const set = (i: number, patch: Partial<SurveyOption>, field: string) => onOptions(q.options.map((o, k) => (k === i ? { ...o, ...patch } : o)), `${q.id}.options.${i}.${field}`);
  const choice = q.type === 'single' || q.type === 'multi';
  const dontKnow = q.options.some((o) => o.nonSubstantive);

  return (
    <fieldset className="sv-list-editor">
      <legend>{q.type === 'matrix' ? t('surveys.fields.scale') : q.type === 'nps' ? t('surveys.fields.npsExtras') : t('surveys.fields.options')}</legend>
      {q.options.length > 0 && (
        <div className="sv-list-head" aria-hidden="true">
          <span>{t('surveys.fields.code')}</span>
          <span>{t('surveys.fields.label')}</span>
        </div>
      )}
      {q.options.map((o, i) => {
        const n = i + 1;
        const under = issuesUnder(issues, ['options', i]);
        return (
          <div key={i} className={`sv-list-row${under.length ? ' sv-list-row-invalid' : ''}`} role="group" aria-label={t('surveys.fields.optionN', { n })}>
            <input className="sv-code" aria-label={t('surveys.fields.optionCode', { n })} value={o.code} readOnly={o.code === OTHER_CODE} onChange={(e) => set(i, { code: e.target.value }, 'code')} />
            <input className="sv-label" aria-label={t('surveys.fields.optionLabel', { n })} value={o.label} onChange={(e) => set(i, { label: e.target.value }, 'label')} />
            <span className="sv-flags">
              {q.type === 'multi' && (
                <label className="sv-flag" title={t('surveys.fields.exclusiveHint')}>
                  <input type="checkbox" checked={o.exclusive} onChange={(e) => set(i, { exclusive: e.target.checked }, 'exclusive')} />
                  {t('surveys.fields.exclusive')}
                </label>
              )}
              {q.type !== 'nps' && (
                <label className="sv-flag" title={t('surveys.fields.nonSubstantiveHint')}>
                  <input type="checkbox" checked={o.nonSubstantive} onChange={(e) => set(i, { nonSubstantive: e.target.checked }, 'nonSubstantive')} />
                  {t('surveys.fields.nonSubstantive')}
                </label>
              )}
              {o.code === OTHER_CODE && <span className="sv-other-tag">{t('surveys.fields.otherTag')}</span>}
            </span>
            <RowTools n={n} count={q.options.length} what="option" onMove={(to) => onOptions(moved(q.options, i, to))} onDelete={() => onOptions(q.options.filter((_, k) => k !== i))} />
            <FieldIssues issues={under} />
          </div>
        );
      })}
      <FieldIssues issues={issues.filter((p) => p.at.length === 1 && p.at[0] === 'options')} />
      <div className="sv-list-actions">
        {q.type !== 'nps' && (
          <button type="button" className="button button-small" onClick={() => onOptions([...q.options, newOption(definition, q.options)])}>
            <PlusIcon />
            {t('surveys.fields.addOption')}
          </button>
        )}
        {choice && !hasOther(q.options) && (
          <button type="button" className="button button-small" onClick={() => onOptions(withOther(definition, q.options))}>
            {t('surveys.fields.addOther')}
          </button>
        )}
        {!choice && !dontKnow && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onOptions([...q.options, { code: q.type === 'nps' ? 'dk' : String(q.options.length + 1), label: templates.dontKnow, exclusive: false, nonSubstantive: true }])}
          >
            {t('surveys.fields.addDontKnow')}
          </button>
        )}
        {q.type === 'multi' && !q.options.some((o) => o.exclusive) && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onOptions([...q.options, { code: 'none', label: templates.none, exclusive: true, nonSubstantive: false }])}
          >
            {t('surveys.fields.addNone')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Move and delete buttons of one row of a list editor. */
function RowTools({ n, count, what, onMove, onDelete }: { n: number; count: number; what: 'option' | 'row'; onMove(to: number): void; onDelete(): void }) {
  const { t } = useTranslation();
  return (
    <span className="sv-row-tools">
      <button type="button" className="icon-button" disabled={n === 1} onClick={() => onMove(n - 2)} aria-label={t(`surveys.fields.${what}Up`, { n })} title={t(`surveys.fields.${what}Up`, { n })}>
        <ArrowUpIcon />
      </button>
      <button type="button" className="icon-button" disabled={n === count} onClick={() => onMove(n)} aria-label={t(`surveys.fields.${what}Down`, { n })} title={t(`surveys.fields.${what}Down`, { n })}>
        <ArrowDownIcon />
      </button>
      <button type="button" className="icon-button" disabled={count === 1} onClick={onDelete} aria-label={t(`surveys.fields.${what}Delete`, { n })} title={t(`surveys.fields.${what}Delete`, { n })}>
        <TrashIcon />
      </button>
    </span>
  );
}

/** The rows of a matrix: id (stored, named in logic and piping) and label. */
export function RowsEditor({ question: q, definition, onRows, issues }: {
  question: Extract<Question, { type: 'matrix' }>;
  definition: SurveyDefinition;
  onRows(rows: MatrixRow[], coalesce?: string): void;
  issues: readonly PlacedIssue[];
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MatrixRow>, field: string) => onRows(q.rows.map((r, k) => (k === i ? { ...r, ...patch } : r)), `${q.id}.rows.${i}.${field}`);
  const add = () => {
    const id = freeId(new Set(q.rows.map((r) => r.id)), 'r', q.rows.length + 1);
    onRows([...q.rows, { id, label: fill(respondentStrings[definition.language].templates.row, { n: q.rows.length + 1 }) }]);
  };
  return (
    <fieldset className="sv-list-editor">
      <legend>{t('surveys.fields.rows')}</legend>
      <div className="sv-list-head" aria-hidden="true">
        <span>{t('surveys.fields.rowId')}</span>
        <span>{t('surveys.fields.label')}</span>
      </div>
      {q.rows.map((r, i) => {
        const n = i + 1;
        const under = issuesUnder(issues, ['rows', i]);
        return (
          <div key={i} className={`sv-list-row${under.length ? ' sv-list-row-invalid' : ''}`} role="group" aria-label={t('surveys.fields.rowN', { n })}>
            <input className="sv-code" aria-label={t('surveys.fields.rowIdN', { n })} value={r.id} onChange={(e) => set(i, { id: e.target.value }, 'id')} />
            <input className="sv-label" aria-label={t('surveys.fields.rowLabel', { n })} value={r.label} onChange={(e) => set(i, { label: e.target.value }, 'label')} />
            <span className="sv-flags" />
            <RowTools n={n} count={q.rows.length} what="row" onMove={(to) => onRows(moved(q.rows, i, to))} onDelete={() => onRows(q.rows.filter((_, k) => k !== i))} />
            <FieldIssues issues={under} />
          </div>
        );
      })}
      <div className="sv-list-actions">
        <button type="button" className="button button-small" onClick={add}>
          <PlusIcon />
          {t('surveys.fields.addRow')}
        </button>
      </div>
    </fieldset>
  );
}
