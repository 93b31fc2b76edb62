import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AttributeDef } from '@api/members';
import type { Tag } from '@api/tags';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';
import { useWorkspace } from '@renderer/shell/workspace-context';

/** The open workspace's own member vocabulary: its tags and custom attributes. */
export interface MemberVocabulary {
  tags: readonly Tag[];
  tagById: ReadonlyMap<number, Tag>;
  attributes: readonly AttributeDef[];
  error: ApiError | null;
  /** Reads the tags again (names, colours, member counts) after this page changed them. */
  reloadTags(): void;
  reloadAttributes(): void;
}

const MemberVocabularyContext = createContext<MemberVocabulary | null>(null);
const NONE: readonly never[] = [];

/**
 * Tags and custom attributes for every area that shows members (panel, recruitment, and the areas
 * to come). They are read again whenever the workspace info is (workspace.changed, a job ending,
 * events lost), so tags and attributes an import or another window made show at once in cells,
 * pickers, quotas and filters.
 */
export function MemberVocabularyProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { info } = useWorkspace();
  const tags = useAsync(() => api.call('tags.list', {}), [api, info]);
  const attributes = useAsync(() => api.call('attributes.list', {}), [api, info]);
  const value = useMemo<MemberVocabulary>(() => {
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
  return <MemberVocabularyContext value={value}>{children}</MemberVocabularyContext>;
}

export function useMemberVocabulary(): MemberVocabulary {
  const value = useContext(MemberVocabularyContext);
  if (!value) throw new Error('useMemberVocabulary needs a <MemberVocabularyProvider>.');
  return value;
}
