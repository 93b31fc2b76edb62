import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filter } from '@model/filter/filter';
import { useApi } from '@renderer/api/api-context';
import { draftToFilter, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { OptionalFilter } from '@renderer/components/filter-builder/optional-filter';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { BandsCard } from './bands-card';
import { DistributionCard } from './distribution-card';
import { InstrumentCard } from './instrument-card';
import { ReliabilityCard } from './reliability-card';

/** The panel's openness (or a filter's): distribution with the band thresholds, bands, alpha, the screener. */
export function OpennessView() {
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useWorkspace();
  const { catalog } = useFilterVocabulary();
  const filterText = useFilterText();
  const [draft, setDraft] = useState<FilterDraft | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<number, RowProblem>>(new Map());
  const [applied, setApplied] = useState<Filter | null>(null);
  const overview = useAsync(() => api.call('recruitment.openness', { filter: applied }), [api, applied, info?.path]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = draftToFilter(draft ?? { join: 'and', rows: [] }, catalog);
    setProblems(result.problems);
    if (result.problems.size === 0) setApplied(result.filter);
  };

  const data = overview.data;
  return (
    <>
      <form className="card rc-filter-card" onSubmit={apply} aria-label={t('recruitment.openness.filterLabel')}>
        <OptionalFilter
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            if (next === null) {
              setProblems(new Map());
              setApplied(null);
            }
          }}
          label={t('recruitment.openness.onlyFilter')}
          problems={problems}
        />
        <div className="rc-filter-footer">
          <p className="muted rc-filter-shown">
            {t('recruitment.openness.showing', { what: applied === null ? t('recruitment.openness.wholePanel') : filterText(applied) })}
          </p>
          {draft !== null && (
            <button type="submit" className="button button-small button-primary">
              {t('recruitment.openness.apply')}
            </button>
          )}
        </div>
      </form>
      <FormError error={overview.error} />
      {data ? (
        <>
          <div className="rc-openness-grid" aria-busy={overview.loading}>
            <DistributionCard overview={data} filtered={applied !== null} />
            <ReliabilityCard overview={data} />
          </div>
          <BandsCard overview={data} filtered={applied !== null} />
        </>
      ) : (
        !overview.error && (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      <InstrumentCard />
    </>
  );
}
