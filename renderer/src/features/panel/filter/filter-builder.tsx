import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { operatorsFor, type Filter, type Operator } from '@model/filter/filter';
import { CloseIcon, PlusIcon } from '@renderer/components/icons';
import { draftProblems, draftToFilter, filterToDraft, newRow, type DraftRow, type FilterDraft } from './filter-draft';
import { FilterValueInput } from './filter-value-input';
import { useMemberCatalog } from './member-catalog';
import { useMemberLabels } from '../panel-labels';

export interface FilterBuilderProps {
  /** The filter in force. */
  filter: Filter | null;
  onApply(filter: Filter | null): void;
  onClose(): void;
}

/** Conditions on member fields, tags, custom attributes and openness, joined by "all" or "any". */
export function FilterBuilder({ filter, onApply, onClose }: FilterBuilderProps) {
  const { t } = useTranslation();
  const { catalog, fields } = useMemberCatalog();
  const labels = useMemberLabels();
  const joinId = useId();
  const [draft, setDraft] = useState<FilterDraft | null>(() => filterToDraft(filter, catalog));
  const [showProblems, setShowProblems] = useState(false);

  // A saved view brings its own filter.
  useEffect(() => {
    setDraft(filterToDraft(filter, catalog));
    setShowProblems(false);
    // The catalog changes only when attributes are defined; the draft keeps its rows then.
  }, [filter]);

  if (draft === null) {
    return (
      <section className="filter-builder" aria-label={t('panel.filter.title')}>
        <p className="muted">{t('panel.filter.complex')}</p>
        <pre className="filter-json">{JSON.stringify(filter, null, 2)}</pre>
        <div className="filter-actions">
          <button type="button" className="button" onClick={() => onApply(null)}>
            {t('panel.filter.clear')}
          </button>
        </div>
      </section>
    );
  }

  const problems = draftProblems(draft, catalog);
  const setRows = (rows: DraftRow[]) => setDraft({ ...draft, rows });
  const updateRow = (key: number, patch: Partial<DraftRow>) => setRows(draft.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const addRow = () => {
    const field = fields[0]!;
    setRows([...draft.rows, newRow(field, operatorsFor(catalog[field]!.type)[0]!)]);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    if (problems.size > 0) return;
    onApply(draftToFilter(draft, catalog));
  };

  return (
    <form className="filter-builder" aria-label={t('panel.filter.title')} onSubmit={apply} noValidate>
      <div className="filter-join">
        <label htmlFor={joinId}>{t('panel.filter.match')}</label>
        <select id={joinId} value={draft.join} onChange={(e) => setDraft({ ...draft, join: e.target.value as FilterDraft['join'] })}>
          <option value="and">{t('panel.filter.all')}</option>
          <option value="or">{t('panel.filter.any')}</option>
        </select>
      </div>
      {draft.rows.length === 0 && <p className="muted filter-empty">{t('panel.filter.empty')}</p>}
      <ol className="filter-rows">
        {draft.rows.map((row, i) => {
          const spec = catalog[row.field];
          const problem = showProblems ? problems.get(row.key) : undefined;
          const problemId = `filter-problem-${row.key}`;
          return (
            <li key={row.key} className="filter-row">
              <span className="filter-joiner" aria-hidden="true">
                {i === 0 ? t('panel.filter.where') : draft.join === 'and' ? t('panel.filter.and') : t('panel.filter.or')}
              </span>
              <select
                aria-label={t('panel.filter.field')}
                value={row.field}
                onChange={(e) => {
                  const field = e.target.value;
                  updateRow(row.key, { field, op: operatorsFor(catalog[field]!.type)[0]!, text: '', text2: '', values: [] });
                }}
              >
                {fields.map((field) => (
                  <option key={field} value={field}>
                    {labels.field(field)}
                  </option>
                ))}
              </select>
              <select aria-label={t('panel.filter.operator')} value={row.op} onChange={(e) => updateRow(row.key, { op: e.target.value as Operator, values: [] })}>
                {spec &&
                  operatorsFor(spec.type).map((op) => (
                    <option key={op} value={op}>
                      {spec.type === 'date' && (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') ? t(`panel.filter.opDate.${op}`) : t(`panel.filter.op.${op}`)}
                    </option>
                  ))}
              </select>
              <div className="filter-value">
                {spec && <FilterValueInput row={row} spec={spec} onChange={(patch) => updateRow(row.key, patch)} invalid={problem !== undefined} describedBy={problem ? problemId : undefined} />}
              </div>
              <button type="button" className="icon-button" aria-label={t('panel.filter.remove')} title={t('panel.filter.remove')} onClick={() => setRows(draft.rows.filter((r) => r.key !== row.key))}>
                <CloseIcon />
              </button>
              {problem && (
                <p id={problemId} className="field-error filter-problem">
                  {t(`panel.filter.problem.${problem}`)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="filter-actions">
        <button type="button" className="button button-small" onClick={addRow}>
          <PlusIcon />
          {t('panel.filter.add')}
        </button>
        <span className="filter-actions-end">
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setDraft({ join: 'and', rows: [] });
              onApply(null);
            }}
          >
            {t('panel.filter.clear')}
          </button>
          <button type="submit" className="button button-small button-primary">
            {t('panel.filter.apply')}
          </button>
        </span>
      </div>
    </form>
  );
}
