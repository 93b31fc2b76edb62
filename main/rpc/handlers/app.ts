import type { appMethods } from '@api/app';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

export const browseDirs = (session: Session) => session.allowedDirs ?? [session.workspacesDir];

export const appHandlers = (session: Session): DomainHandlers<typeof appMethods> => ({
  'app.info': async () => ({
    host: session.options.host,
    version: session.options.version,
    workspacesDir: session.workspacesDir,
    allowedDirs: browseDirs(session),
  }),
  'profile.get': async () => ({ name: session.settings.userName }),
  'profile.set': async ({ name }) => {
    session.settings.setUserName(name);
    return { name };
  },
});
