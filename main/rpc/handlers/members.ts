import type { membersMethods } from '@api/members';
import { callContext } from '../../core/call-context';
import type { Session } from '../../core/session';
import { listAttributes } from '../../core/members/attributes';
import { createAttribute, deleteAttribute, updateAttribute } from '../../core/panel/attributes';
import { bulkConsent } from '../../core/panel/consent-bulk';
import { getMember } from '../../core/panel/member-detail';
import { eraseMember } from '../../core/panel/member-erasure';
import { countMembers, listMembers, memberCursorAt } from '../../core/panel/member-list';
import { createMember, deleteMember, updateMember } from '../../core/panel/member-service';
import { deleteView, listViews, saveView } from '../../core/panel/saved-views';
import type { DomainHandlers } from './types';

export const membersHandlers = (session: Session): DomainHandlers<typeof membersMethods> => {
  const ctx = () => callContext(session);
  return {
    'members.list': (input) => listMembers(ctx(), input),
    'members.count': (input) => countMembers(ctx(), input),
    'members.cursorAt': (input) => memberCursorAt(ctx(), input),
    'members.get': ({ memberId }) => getMember(ctx(), memberId),
    'members.create': (fields) => createMember(ctx(), fields),
    'members.update': ({ memberId, patch }) => updateMember(ctx(), memberId, patch),
    'members.delete': ({ memberId, reason }) => deleteMember(ctx(), memberId, reason),
    'members.erase': ({ memberId, reason }) => eraseMember(ctx(), memberId, reason, (identifying) => session.forgetErased(identifying)),
    'members.setConsent': ({ consentStatus, consentDate, consentScope, reason, ...selection }) =>
      bulkConsent(ctx(), { consentStatus, consentDate, consentScope, reason }, selection),
    'attributes.list': async () => ({ attributes: await listAttributes(ctx().db.reader) }),
    'attributes.create': (input) => createAttribute(ctx(), input),
    'attributes.update': (input) => updateAttribute(ctx(), input),
    'attributes.delete': ({ id }) => deleteAttribute(ctx(), id),
    'views.list': async () => ({ views: await listViews(ctx()) }),
    'views.save': (input) => saveView(ctx(), input),
    'views.delete': ({ id }) => deleteView(ctx(), id),
  };
};
