import { FilterBuilder } from './filter-builder';
import { newRow, type FilterDraft, type RowProblem } from './filter-draft';
import { useFilterVocabulary } from './filter-vocabulary';

export interface OptionalFilterProps {
  /** null: every member; a draft: only the members it selects. */
  draft: FilterDraft | null;
  onChange(draft: FilterDraft | null): void;
  /** The tick box's text, e.g. "Only members matching a filter"; it names the builder too. */
  label: string;
  problems?: ReadonlyMap<number, RowProblem>;
  /** The field of the first condition when the box is ticked. */
  firstField?: string;
}

/** A tick box that opens a filter builder: every member unless the user narrows it. */
export function OptionalFilter({ draft, onChange, label, problems, firstField = 'country' }: OptionalFilterProps) {
  const { catalog } = useFilterVocabulary();
  return (
    <div className="filter-optional">
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={draft !== null}
          onChange={(e) => {
            const spec = catalog[firstField];
            onChange(e.target.checked ? { join: 'and', rows: spec ? [newRow(firstField, spec)] : [] } : null);
          }}
        />
        <span className="checkbox-label">{label}</span>
      </label>
      {draft !== null && <FilterBuilder draft={draft} onChange={onChange} label={label} problems={problems} firstField={firstField} />}
    </div>
  );
}
