import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filter } from '@model/filter/filter';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftFromFilter, draftToFilter, emptyDraft, type FilterDraft } from '@renderer/components/filter-builder/filter-draft';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useStatsFormat } from '../analysis-format';
import type { Segment } from './segment-vocabulary';

const SIZE_DELAY_MS = 300;

/** Every member: a segment's filter with no condition. */
const EVERYONE: Filter = { and: [] };

/**
 * Defines or changes a segment: its name, and its members as conditions in the one filter builder,
 * with the live size of what the conditions select as they change. A filter nested deeper than the
 * builder shows (made through the API) is kept as it is.
 */
export function SegmentEditor({ segment, onSaved, onClose }: { segment: Segment | null; onSaved(saved: Segment): void; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useStatsFormat();
  const { catalog } = useFilterVocabulary();
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const initial = segment ? draftFromFilter(segment.filter) : emptyDraft();
  const [draft, setDraft] = useState<FilterDraft | null>(initial);
  const [tried, setTried] = useState(false);
  const built = useMemo(() => (draft ? draftToFilter(draft, catalog) : null), [draft, catalog]);
  const filter: Filter = built ? (built.filter ?? EVERYONE) : segment!.filter;

  // The live size, a moment after the conditions stop changing.
  const [counted, setCounted] = useState(filter);
  useEffect(() => {
    const timer = setTimeout(() => setCounted(filter), SIZE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filter]);
  const size = useAsync(() => api.call('segments.size', { filter: counted }), [api, counted]);

  const save = useAction(async () => {
    setTried(true);
    if (!name.trim() || (built && built.problems.size > 0)) return;
    onSaved(await api.call('segments.save', { id: segment?.id, name, description: description.trim() || null, filter }));
  });

  return (
    <Dialog title={segment ? t('analysis.segments.editor.titleEdit', { name: segment.name }) : t('analysis.segments.editor.titleNew')} onClose={onClose} size="wide">
      <form
        className="dialog-body an-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{t('analysis.segments.editor.name')}</label>
          <input id={nameId} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} aria-invalid={tried && !name.trim()} />
          {tried && !name.trim() && <span className="field-error">{t('analysis.segments.editor.nameRequired')}</span>}
        </div>
        <div className="field">
          <label htmlFor={descriptionId}>{t('analysis.segments.editor.description')}</label>
          <input id={descriptionId} value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <h3 className="an-editor-heading">{t('analysis.segments.editor.conditions')}</h3>
        {draft ? (
          <FilterBuilder draft={draft} onChange={setDraft} label={t('analysis.segments.editor.conditions')} problems={tried ? built?.problems : undefined} firstField="gender" />
        ) : (
          <p className="muted">{t('analysis.segments.editor.nested')}</p>
        )}
        <p className="an-live-size" role="status">
          {size.data ? t('analysis.segments.editor.liveSize', { size: format.count(size.data.size), total: format.count(size.data.total) }) : t('analysis.segments.editor.counting')}
        </p>
        <FormError error={save.error ?? size.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={save.busy}>
            {save.busy ? t('common.working') : t('analysis.segments.editor.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
