import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { DownloadIcon } from '@renderer/components/icons';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { replaceRoute, routeHash, useHashRoute } from '@renderer/shell/hash-route';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { ResponsePage } from './detail/response-page';
import { ResponsesList } from './list/responses-list';
import { useListQuery } from './list/list-query';
import { RESPONSES_ID } from './responses-route';

export type PublishedVersion = MethodOutput<'collect.versions'>['versions'][number];

/** #/responses/…: the responses of the open workspace's published survey versions. */
export function ResponsesPage() {
  // Another workspace: start afresh (its versions and responses are other ones).
  return <WorkspaceRequired>{(info) => <ResponsesArea key={info.path} />}</WorkspaceRequired>;
}

function ResponsesArea() {
  const { t } = useTranslation();
  const api = useApi();
  const route = useHashRoute();
  const [versionId, responseId] = route?.path ?? [];
  const versions = useAsync(() => api.call('collect.versions', { all: true }), [api]);
  // Above the pages, so the filter and the page read stay as they were when a response is left.
  const query = useListQuery(versionId ?? null);
  const first = versions.data?.versions[0];

  // #/responses alone: the first version's responses.
  useEffect(() => {
    if (!versionId && first) replaceRoute(RESPONSES_ID, first.surveyVersionId);
  }, [versionId, first]);

  if (versionId && responseId) return <ResponsePage key={responseId} listVersionId={versionId} responseId={responseId} />;
  return (
    <div className="page page-wide responses-page">
      <header className="page-header page-header-actions">
        <div className="page-heading">
          <h1>{t('responses.title')}</h1>
          <p className="page-subtitle">{t('responses.subtitle')}</p>
        </div>
        {versionId && (
          <div className="page-actions">
            <a className="button" href={routeHash('export', 'responses', versionId)}>
              <DownloadIcon />
              {t('export.open')}
            </a>
          </div>
        )}
      </header>
      <FormError error={versions.error} />
      {versions.data?.versions.length === 0 ? (
        <EmptyState title={t('responses.noVersions.title')}>{t('responses.noVersions.body')}</EmptyState>
      ) : (
        versionId && versions.data && <ResponsesList versions={versions.data.versions} versionId={versionId} query={query} />
      )}
    </div>
  );
}
