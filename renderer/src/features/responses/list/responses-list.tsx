import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { qualityFlagKinds, responseStatuses, type ResponseStatus } from '@model/responses/response-kinds';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { navigate } from '@renderer/shell/hash-route';
import type { PublishedVersion } from '../responses-page';
import { RESPONSES_ID } from '../responses-route';
import { listInput, PAGE_SIZE, type FlagFilter, type ListQuery } from './list-query';
import { ResponsesTable } from './responses-table';

const flagFilters: readonly FlagFilter[] = ['any', 'flagged', 'unflagged', ...qualityFlagKinds];

/** The responses of one version: chosen version, filter by status and flag, one page at a time. */
export function ResponsesList({ versions, versionId, query }: { versions: readonly PublishedVersion[]; versionId: string; query: ListQuery }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const ids = { version: useId(), flag: useId() };
  const { filter, setFilter, cursors } = query;
  const cursor = cursors.at(-1) ?? null;
  const page = useAsync(() => api.call('responses.list', listInput(versionId, filter, cursor)), [api, versionId, filter, cursor]);
  const rows = page.data?.rows ?? [];
  const from = (cursors.length - 1) * PAGE_SIZE + 1;

  const toggleStatus = (status: ResponseStatus, on: boolean) => {
    const next = responseStatuses.filter((s) => (s === status ? on : filter.status.includes(s)));
    // At least one status: unticking the last one leaves it ticked.
    if (next.length > 0) setFilter({ ...filter, status: next });
  };
  const flagLabel = (flag: FlagFilter) =>
    flag === 'any' ? t('responses.filters.any') : flag === 'flagged' ? t('responses.filters.flagged') : flag === 'unflagged' ? t('responses.filters.unflagged') : t('responses.filters.only', { flag: t(`responses.flag.${flag}`) });

  return (
    <section className="card responses-card">
      <div className="responses-toolbar" role="group" aria-label={t('responses.filters.label')}>
        <div className="field responses-version">
          <label htmlFor={ids.version}>{t('responses.version')}</label>
          <select id={ids.version} value={versionId} onChange={(e) => navigate(RESPONSES_ID, e.target.value)}>
            {versions.map((v) => (
              <option key={v.surveyVersionId} value={v.surveyVersionId}>
                {t('responses.versionOption', { title: v.title, version: v.version, count: format.count(v.responseCount) })}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="responses-statuses">
          <legend>{t('responses.filters.status')}</legend>
          {responseStatuses.map((status) => (
            <label key={status} className="responses-status">
              <input type="checkbox" checked={filter.status.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
              {t(`responses.status.${status}`)}
            </label>
          ))}
        </fieldset>
        <div className="field responses-flag-filter">
          <label htmlFor={ids.flag}>{t('responses.filters.flags')}</label>
          <select id={ids.flag} value={filter.flag} onChange={(e) => setFilter({ ...filter, flag: e.target.value as FlagFilter })}>
            {flagFilters.map((flag) => (
              <option key={flag} value={flag}>
                {flagLabel(flag)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormError error={page.error} />
      {page.data && rows.length === 0 ? (
        <EmptyState title={t('responses.list.empty.title')}>{t('responses.list.empty.body')}</EmptyState>
      ) : (
        <ResponsesTable versionId={versionId} rows={rows} busy={page.loading} />
      )}
      {page.data && page.data.total > 0 && (
        <nav className="responses-pager" aria-label={t('responses.list.pages')}>
          <span className="muted" role="status">
            {t('responses.list.range', { from: format.count(from), to: format.count(from + rows.length - 1), total: format.count(page.data.total) })}
          </span>
          <button type="button" className="button button-small" disabled={cursors.length === 1} onClick={query.previous}>
            {t('responses.list.previous')}
          </button>
          <button type="button" className="button button-small" disabled={!page.data.nextCursor} onClick={() => page.data?.nextCursor && query.next(page.data.nextCursor)}>
            {t('responses.list.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
