import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AttributeDef } from '@api/members';
import type { WorkspaceInfo } from '@api/workspace';
import type { Tag } from '@api/tags';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';

export interface PanelData {
  tags: readonly Tag[];
  tagById: ReadonlyMap<number, Tag>;
  attributes: readonly AttributeDef[];
  error: ApiError | null;
  /** Reads the tags again (names, colours, member counts) after anything changed them. */
  reloadTags(): void;
  reloadAttributes(): void;
}

const PanelDataContext = createContext<PanelData | null>(null);
const NONE: readonly never[] = [];

/**
 * What every panel page needs to show members: the workspace's tags and custom attributes. They are
 * read again whenever the workspace info is (workspace.changed, a job ending, events lost), so tags
 * and attributes an import or another window made show at once in cells, pickers and filters.
 */
export function PanelDataProvider({ workspace, children }: { workspace: WorkspaceInfo | null; children: ReactNode }) {
  const api = useApi();
  const tags = useAsync(() => api.call('tags.list', {}), [api, workspace]);
  const attributes = useAsync(() => api.call('attributes.list', {}), [api, workspace]);
  const value = useMemo<PanelData>(() => {
    const list = tags.data?.tags ?? NONE;
    return {
      tags: list,
      tagById: new Map(list.map((tag) => [tag.id, tag])),
      attributes: attributes.data?.attributes ?? NONE,
      error: tags.error ?? attributes.error,
      reloadTags: tags.reload,
      reloadAttributes: attributes.reload,
    };
  }, [tags.data, tags.error, tags.reload, attributes.data, attributes.error, attributes.reload]);
  return <PanelDataContext value={value}>{children}</PanelDataContext>;
}

export function usePanelData(): PanelData {
  const value = useContext(PanelDataContext);
  if (!value) throw new Error('usePanelData needs a <PanelDataProvider>.');
  return value;
}
