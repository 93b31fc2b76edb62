import type { tagsMethods } from '@api/tags';
import type { Session } from '../../core/session';
import { callContext } from '../../core/call-context';
import { lastBulkAction } from '../../core/members/bulk-actions';
import { undoLastBulkAction } from '../../core/panel/bulk-undo';
import { bulkTag } from '../../core/panel/tag-bulk';
import { colorTag, createTag, deleteTag, listTags, mergeTags, renameTag } from '../../core/panel/tags';
import type { DomainHandlers } from './types';

export const tagsHandlers = (session: Session): DomainHandlers<typeof tagsMethods> => {
  const ctx = () => callContext(session);
  return {
    'tags.list': async () => ({ tags: await listTags(ctx().db.reader) }),
    'tags.create': ({ name, color }) => createTag(ctx(), name, color),
    'tags.rename': ({ tagId, name }) => renameTag(ctx(), tagId, name),
    'tags.color': ({ tagId, color }) => colorTag(ctx(), tagId, color),
    'tags.merge': ({ from, into }) => mergeTags(ctx(), from, into),
    'tags.delete': ({ tagId }) => deleteTag(ctx(), tagId),
    'tags.apply': ({ tag, ...selection }) => bulkTag(ctx(), 'tag', tag, selection),
    'tags.remove': ({ tag, ...selection }) => bulkTag(ctx(), 'untag', tag, selection),
    'tags.undo': () => undoLastBulkAction(ctx()),
    'tags.lastAction': async () => ({ action: await lastBulkAction(ctx()) }),
  };
};
