import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { SegmentSelect } from '@renderer/components/segment-select';

type Segment = MethodOutput<'segments.list'>['segments'][number];

export interface FilterState {
  segmentId: number | null;
  from: string;
  to: string;
  excludeFlagged: boolean;
  pool: boolean;
}

/** What every result on the page is read over: a segment, a completion date range, flagged responses left out, versions pooled. */
export function ResultFilters({ value, onChange, segments, canPool }: { value: FilterState; onChange(next: FilterState): void; segments: readonly Segment[]; canPool: boolean }) {
  const { t } = useTranslation();
  const ids = { segment: useId(), from: useId(), to: useId() };
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="an-filters">
      <legend>{t('analysis.results.filters.title')}</legend>
      <div className="field">
        <label htmlFor={ids.segment}>{t('analysis.results.filters.segment')}</label>
        <SegmentSelect id={ids.segment} value={value.segmentId} segments={segments} none={t('analysis.results.filters.anyone')} onChange={(segmentId) => set({ segmentId })} />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>{t('analysis.results.filters.from')}</label>
        <input id={ids.from} type="date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('analysis.results.filters.to')}</label>
        <input id={ids.to} type="date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <label className="checkbox-field">
        <input type="checkbox" checked={value.excludeFlagged} onChange={(e) => set({ excludeFlagged: e.target.checked })} />
        {t('analysis.results.filters.excludeFlagged')}
      </label>
      {canPool && (
        <label className="checkbox-field">
          <input type="checkbox" checked={value.pool} onChange={(e) => set({ pool: e.target.checked })} />
          {t('analysis.results.filters.pool')}
        </label>
      )}
    </fieldset>
  );
}
