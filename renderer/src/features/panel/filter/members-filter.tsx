import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCatalog, Filter } from '@model/filter/filter';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftFromFilter, draftToFilter, emptyDraft, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { PanelFilterVocabulary } from './panel-filter-vocabulary';

export interface MembersFilterProps {
  /** The filter in force (from the user or a saved view). */
  filter: Filter | null;
  /** Whether the builder is open; closed, the filter in force is shown in words. */
  open: boolean;
  onOpenChange(open: boolean): void;
  onApply(filter: Filter | null): void;
}

/** The members table's filter: the builder with Apply, Clear and Close, or the filter in words under the toolbar. */
export function MembersFilter(props: MembersFilterProps) {
  return <PanelFilterVocabulary>{props.open ? <FilterEditor {...props} /> : props.filter && <FilterLine {...props} filter={props.filter} />}</PanelFilterVocabulary>;
}

function FilterEditor({ filter, onOpenChange, onApply }: MembersFilterProps) {
  const { t } = useTranslation();
  const { catalog } = useFilterVocabulary();
  const filterText = useFilterText();
  const [shown, setShown] = useState(filter);
  const [draft, setDraft] = useState(() => draftFromFilter(filter));
  const [problems, setProblems] = useState(() => storedProblems(draft, catalog));

  // A saved view (or Apply) brings a new filter: the rows start from it, each saying what the core will refuse.
  if (shown !== filter) {
    const next = draftFromFilter(filter);
    setShown(filter);
    setDraft(next);
    setProblems(storedProblems(next, catalog));
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const result = draftToFilter(draft, catalog);
    setProblems(result.problems);
    if (result.problems.size === 0) onApply(result.filter);
  };
  const clear = () => {
    setDraft(emptyDraft());
    setProblems(new Map());
    onApply(null);
  };
  const close = (
    <button type="button" className="button button-small" onClick={() => onOpenChange(false)}>
      {t('common.close')}
    </button>
  );
  const clearButton = (
    <button type="button" className="button button-small" onClick={clear}>
      {t('panel.filter.clear')}
    </button>
  );

  return (
    <form className="members-filter" aria-label={t('panel.filter.title')} onSubmit={apply} noValidate>
      {draft ? (
        <FilterBuilder
          draft={draft}
          onChange={setDraft}
          label={t('panel.filter.title')}
          problems={problems}
          firstField="name"
          actions={
            <>
              {close}
              {clearButton}
              <button type="submit" className="button button-small button-primary">
                {t('panel.filter.apply')}
              </button>
            </>
          }
        />
      ) : (
        // A filter nested deeper than rows (made through the API) applies as it is; it can be cleared, not edited.
        <>
          <p className="muted">{t('panel.filter.complex')}</p>
          <p className="filter-words">{filterText(filter)}</p>
          <div className="members-filter-actions">
            {close}
            {clearButton}
          </div>
        </>
      )}
    </form>
  );
}

/** A stored filter's rows that cannot be used as they are (e.g. a country nobody calls that, saved before it was checked). */
const storedProblems = (draft: FilterDraft | null, catalog: FieldCatalog): ReadonlyMap<number, RowProblem> => (draft ? draftToFilter(draft, catalog).problems : new Map());

function FilterLine({ filter, onOpenChange, onApply }: MembersFilterProps & { filter: Filter }) {
  const { t } = useTranslation();
  const filterText = useFilterText();
  return (
    <p className="filter-summary">
      <span className="filter-summary-label">{t('panel.filter.active')}</span> <span className="filter-summary-text">{filterText(filter)}</span>
      <button type="button" className="button button-small button-quiet" onClick={() => onOpenChange(true)}>
        {t('panel.filter.edit')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => onApply(null)}>
        {t('panel.filter.clear')}
      </button>
    </p>
  );
}
