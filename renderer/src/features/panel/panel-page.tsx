import { useEffect, useRef } from 'react';
import { MemberVocabularyProvider } from '@renderer/members/member-vocabulary';
import { useHashRoute } from '@renderer/shell/hash-route';
import { WorkspaceRequired } from '@renderer/shell/no-workspace-page';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { ImportPage } from './import/import-page';
import { MemberPage } from './member/member-page';
import { useMembersBrowser } from './members/members-browser';
import { MembersPage } from './members/members-page';
import { noSelection } from './members/selection';
import { goToPanel } from './panel-routes';
import { TagsPage } from './tags/tags-page';

/** #/panel/…: the panel area of the open workspace. */
export function PanelPage() {
  // Another workspace: start afresh (its members, tags and views are other ones).
  return (
    <WorkspaceRequired>
      {(info) => (
        <MemberVocabularyProvider key={info.path}>
          <PanelRoutes />
        </MemberVocabularyProvider>
      )}
    </WorkspaceRequired>
  );
}

function PanelRoutes() {
  const route = useHashRoute();
  const browser = useMembersBrowser();
  const { info } = useWorkspace();
  const [section, id] = route?.path ?? [];
  const { refresh } = browser;

  // The workspace was read again (a job ended, e.g. an import): so are the members.
  const seen = useRef(info);
  useEffect(() => {
    if (seen.current === info) return;
    seen.current = info;
    refresh();
  }, [info, refresh]);

  if (section === 'member' && id) return <MemberPage key={id} id={id} onChanged={refresh} />;
  if (section === 'tags') {
    return (
      <TagsPage
        onShowMembers={(tag) => {
          browser.setQuery((q) => ({ ...q, search: '', filter: { and: [{ field: 'tag', op: 'has', value: [tag.id] }] } }));
          goToPanel();
        }}
      />
    );
  }
  if (section === 'import') {
    return (
      <ImportPage
        onShowMembers={() => {
          // The imported members, not the view left open before the import: no filter, search, saved view or selection.
          browser.applyView(null);
          browser.setQuery((q) => ({ ...q, filter: null, search: '' }));
          browser.setSelection(noSelection);
          goToPanel();
        }}
      />
    );
  }
  return <MembersPage browser={browser} />;
}
