import type { membersMethods } from '@api/members';
import type { Session } from '../../core/session';
import { createAttribute, deleteAttribute, listAttributes, updateAttribute } from '../../core/panel/attributes';
import { bulkConsent } from '../../core/panel/consent-bulk';
import { getMember } from '../../core/panel/member-detail';
import { eraseMember } from '../../core/panel/member-erasure';
import { countMembers, listMembers, memberCursorAt } from '../../core/panel/member-list';
import { createMember, deleteMember, updateMember } from '../../core/panel/member-service';
import type { PanelContext } from '../../core/panel/panel-context';
import { deleteView, listViews, saveView } from '../../core/panel/saved-views';
import { cachedUntilWrite } from '../../core/panel/thresholds-cache';
import { getOpennessThresholds } from '../../core/recruitment/openness-bands';
import type { DomainHandlers } from './types';

const opennessThresholds = cachedUntilWrite(getOpennessThresholds);

/** One call's panel context: the open workspace, the clock, the local user and the panel's band thresholds. */
export const panelContext = (session: Session): PanelContext => ({
  db: session.workspace.db,
  now: session.now,
  actor: session.settings.userName ?? 'unknown',
  opennessThresholds,
});

export const membersHandlers = (session: Session): DomainHandlers<typeof membersMethods> => {
  const ctx = () => panelContext(session);
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
    'attributes.list': async () => ({ attributes: await listAttributes(session.workspace.db.reader) }),
    'attributes.create': (input) => createAttribute(ctx(), input),
    'attributes.update': (input) => updateAttribute(ctx(), input),
    'attributes.delete': ({ id }) => deleteAttribute(ctx(), id),
    'views.list': async () => ({ views: await listViews(ctx()) }),
    'views.save': (input) => saveView(ctx(), input),
    'views.delete': ({ id }) => deleteView(ctx(), id),
  };
};
