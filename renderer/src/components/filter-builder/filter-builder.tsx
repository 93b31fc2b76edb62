import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { operatorsFor, type FieldSpec, type Operator } from '@model/filter/filter';
import { CloseIcon, PlusIcon } from '@renderer/components/icons';
import { changeRow, newRow, rowToCondition, type ConditionDraft, type FilterDraft, type RowProblem } from './filter-draft';
import { operatorText } from './filter-text';
import { FilterValueInput } from './filter-value-input';
import { useFilterVocabulary } from './filter-vocabulary';
import './filter-builder.css';

export interface FilterBuilderProps {
  draft: FilterDraft;
  onChange(draft: FilterDraft): void;
  /** Names the group for screen readers, e.g. "Qualification rules". */
  label: string;
  /**
   * Rows that could not be used when the user last tried (draftToFilter's problems). Each of them
   * says what it still lacks, and the message goes as soon as the row is usable.
   */
  problems?: ReadonlyMap<number, RowProblem>;
  /** The field a new condition starts with; the first field offered when absent or unknown. */
  firstField?: string;
  /** Shown at the end of the "Add condition" line, e.g. Apply and Close. */
  actions?: ReactNode;
}

/**
 * Conditions on member fields joined by "all" or "any": the one editor for the filter language,
 * used by the members table and saved views, campaign rules, quota segments, shortlist and
 * invitation filters. The area around it supplies the fields and their names (FilterVocabulary).
 */
export function FilterBuilder({ draft, onChange, label, problems, firstField, actions }: FilterBuilderProps) {
  const { t } = useTranslation();
  const { catalog, fields } = useFilterVocabulary();
  const joinId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  // The row just added takes the focus, so a keyboard user goes on where the new condition is.
  const [added, setAdded] = useState<number | null>(null);

  const setRow = (next: ConditionDraft) => onChange({ ...draft, rows: draft.rows.map((r) => (r.key === next.key ? next : r)) });
  const add = () => {
    const field = firstField && catalog[firstField] ? firstField : fields[0]!;
    const row = newRow(field, catalog[field]!);
    setAdded(row.key);
    onChange({ ...draft, rows: [...draft.rows, row] });
  };
  const remove = (key: number) => {
    onChange({ ...draft, rows: draft.rows.filter((r) => r.key !== key) });
    addRef.current?.focus();
  };

  return (
    // A legend names the group without labelling it, so looking a control up by its label (the radio button or tick box worded like the builder) finds just that control.
    <fieldset className="filter-builder">
      <legend className="visually-hidden">{label}</legend>
      {draft.rows.length > 1 && (
        <div className="filter-join">
          <label htmlFor={joinId}>{t('filter.match')}</label>
          <select id={joinId} value={draft.join} onChange={(e) => onChange({ ...draft, join: e.target.value === 'or' ? 'or' : 'and' })}>
            <option value="and">{t('filter.all')}</option>
            <option value="or">{t('filter.any')}</option>
          </select>
        </div>
      )}
      {draft.rows.length === 0 && <p className="muted filter-empty">{t('filter.empty')}</p>}
      {draft.rows.map((row, index) => {
        const spec = catalog[row.field];
        const live = problems?.has(row.key) ? rowToCondition(row, catalog) : null;
        return (
          <ConditionRow
            key={row.key}
            row={row}
            index={index}
            joiner={index === 0 ? t('filter.where') : t(draft.join === 'and' ? 'filter.and' : 'filter.or')}
            spec={spec}
            problem={typeof live === 'string' ? live : null}
            autoFocus={row.key === added}
            onChange={setRow}
            onRemove={() => remove(row.key)}
          />
        );
      })}
      <div className="filter-footer">
        <button ref={addRef} type="button" className="button button-small" onClick={add}>
          <PlusIcon />
          {t('filter.add')}
        </button>
        {actions && <span className="filter-footer-end">{actions}</span>}
      </div>
    </fieldset>
  );
}

interface ConditionRowProps {
  row: ConditionDraft;
  index: number;
  /** "Where", "and" or "or": how the row joins the ones above. */
  joiner: string;
  spec: FieldSpec | undefined;
  problem: RowProblem | null;
  autoFocus: boolean;
  onChange(row: ConditionDraft): void;
  onRemove(): void;
}

function ConditionRow({ row, index, joiner, spec, problem, autoFocus, onChange, onRemove }: ConditionRowProps) {
  const { t } = useTranslation();
  const { catalog, fields, fieldLabel } = useFilterVocabulary();
  const problemId = useId();
  const ops: readonly Operator[] = spec ? operatorsFor(spec.type) : [];
  const n = index + 1;
  // A field that is gone (a deleted attribute) stays visible, so the message can name it.
  const offered = fields.includes(row.field) ? fields : [row.field, ...fields];

  return (
    <div className="filter-row" role="group" aria-label={t('filter.condition', { n })}>
      <span className="filter-joiner" aria-hidden="true">
        {joiner}
      </span>
      <select aria-label={t('filter.field')} value={row.field} autoFocus={autoFocus} onChange={(e) => onChange(changeRow(row, { field: e.target.value }, catalog))}>
        {offered.map((field) => (
          <option key={field} value={field}>
            {fieldLabel(field)}
          </option>
        ))}
      </select>
      <select aria-label={t('filter.operator')} value={row.op} onChange={(e) => onChange(changeRow(row, { op: e.target.value as Operator }, catalog))}>
        {(ops.includes(row.op) ? ops : [row.op, ...ops]).map((op) => (
          <option key={op} value={op}>
            {operatorText(t, spec?.type, op)}
          </option>
        ))}
      </select>
      <div className="filter-value">{spec && <FilterValueInput row={row} spec={spec} onChange={onChange} invalid={problem !== null} describedBy={problem ? problemId : undefined} />}</div>
      <button type="button" className="icon-button" onClick={onRemove} aria-label={t('filter.remove', { n })} title={t('filter.remove', { n })}>
        <CloseIcon />
      </button>
      {problem && (
        <p id={problemId} className="field-error filter-problem">
          {t(`filter.problem.${problem}`, { field: fieldLabel(row.field) })}
        </p>
      )}
    </div>
  );
}
