import { useMemberCatalog } from '../member-catalog';
import { FilterBuilder } from './filter-builder';
import { newRow, type FilterDraft, type RowProblem } from './filter-draft';

export interface OptionalFilterProps {
  /** null: the whole panel; a draft: only the members it selects. */
  draft: FilterDraft | null;
  onChange(draft: FilterDraft | null): void;
  /** The tick box's text, e.g. "Only members matching a filter". */
  label: string;
  problems?: ReadonlyMap<number, RowProblem>;
  /** The field of the first condition when the box is ticked. */
  firstField?: string;
}

/** A tick box that opens a filter builder: the whole panel unless the user narrows it. */
export function OptionalFilter({ draft, onChange, label, problems, firstField = 'country' }: OptionalFilterProps) {
  const { catalog } = useMemberCatalog();
  return (
    <div className="rf-optional">
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
