import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { conditionCount } from '@renderer/components/filter-builder/filter-draft';
import { FormError } from '@renderer/components/form-error';
import { DownloadIcon, FilterIcon, PlusIcon, TagIcon, UploadIcon } from '@renderer/components/icons';
import { useAsync } from '@renderer/hooks/use-async';
import { DemoProgress, useDemoJob } from '@renderer/shell/demo-progress';
import { routeHash } from '@renderer/shell/hash-route';
import { MembersFilter } from '../filter/members-filter';
import { usePanelFormat } from '../panel-format';
import { panelHref } from '../panel-routes';
import { SelectionBar, UndoBulkButton } from './bulk-tagging';
import { ColumnChooser } from './column-chooser';
import type { MembersBrowser } from './members-browser';
import { MembersTable } from './members-table';
import { QuickSearch } from './quick-search';
import { SavedViews } from './saved-views';

/** #/panel: the members table with quick search, filters, saved views, columns and bulk tagging. */
export function MembersPage({ browser }: { browser: MembersBrowser }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = usePanelFormat();
  const { query, setQuery, total } = browser;
  const [filterOpen, setFilterOpen] = useState(false);
  const lastAction = useAsync(() => api.call('tags.lastAction', {}), [api]);
  const conditions = conditionCount(query.filter);
  const narrowed = query.filter !== null || query.search !== '';
  const demoJob = useDemoJob();

  const countText =
    total === null ? t('panel.members.counting') : narrowed ? t('panel.members.matching', { n: format.count(total) }) : t('panel.members.total', { n: format.count(total) });

  return (
    <div className="page page-full members-page">
      <header className="page-header page-header-actions">
        <div className="page-heading">
          <h1>{t('panel.members.title')}</h1>
          <p className="page-subtitle" role="status">
            {countText}
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={panelHref('tags')}>
            <TagIcon />
            {t('panel.tags.manage')}
          </a>
          <a className="button" href={panelHref('import')}>
            <UploadIcon />
            {t('panel.import.open')}
          </a>
          <a className="button" href={routeHash('export', 'members', ...(query.filter ? [JSON.stringify(query.filter)] : []))}>
            <DownloadIcon />
            {t('export.open')}
          </a>
          <a className="button button-primary" href={panelHref('member', 'new')}>
            <PlusIcon />
            {t('panel.member.add')}
          </a>
        </div>
      </header>

      <div className="members-toolbar">
        <QuickSearch value={query.search} onSearch={(search) => setQuery((q) => (q.search === search ? q : { ...q, search }))} />
        <button type="button" className={`button${conditions ? ' button-active' : ''}`} aria-expanded={filterOpen} onClick={() => setFilterOpen((open) => !open)}>
          <FilterIcon />
          {conditions ? t('panel.filter.buttonCount', { n: conditions }) : t('panel.filter.button')}
        </button>
        <SavedViews browser={browser} />
        <ColumnChooser columns={browser.columns} onChange={browser.setColumns} />
        <span className="toolbar-end">
          <UndoBulkButton
            action={lastAction.data?.action ?? null}
            onUndone={() => {
              lastAction.reload();
              browser.refresh();
            }}
          />
        </span>
      </div>

      <MembersFilter filter={query.filter} open={filterOpen} onOpenChange={setFilterOpen} onApply={(filter) => setQuery((q) => ({ ...q, filter }))} />

      <SelectionBar browser={browser} onBulkDone={lastAction.reload} />
      <FormError error={browser.countError} />

      {total === 0 && !narrowed && demoJob ? (
        <DemoProgress job={demoJob}>{t('demoProgress.panelBody')}</DemoProgress>
      ) : total === 0 && !narrowed ? (
        <EmptyState
          title={t('panel.members.emptyTitle')}
          actions={
            <>
              <a className="button button-primary" href={panelHref('import')}>
                {t('panel.import.open')}
              </a>
              <a className="button" href={panelHref('member', 'new')}>
                {t('panel.member.add')}
              </a>
            </>
          }
        >
          {t('panel.members.emptyBody')}
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState
          title={t('panel.members.noMatchTitle')}
          actions={
            <button type="button" className="button" onClick={browser.clearSearchAndFilter}>
              {t('panel.members.clearAll')}
            </button>
          }
        >
          {t('panel.members.noMatchBody')}
        </EmptyState>
      ) : (
        <MembersTable browser={browser} />
      )}
    </div>
  );
}
