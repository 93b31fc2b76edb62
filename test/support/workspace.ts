import path from 'node:path';
import { createDispatch, type Dispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { Session, type EventSink } from '../../main/core/session';
import { Workspace } from '../../main/core/workspace';
import { fixedClock } from './fixed';
import { tempDir } from './temp-dir';

/** A fresh workspace in a temporary file with all migrations applied and a fixed clock. */
export async function tempWorkspace(name = 'test.sqlite'): Promise<Workspace> {
  return Workspace.open(path.join(tempDir(), name), { create: true, now: fixedClock() });
}

export interface TestSession {
  session: Session;
  dispatch: Dispatch;
  events: { event: string; payload: unknown }[];
  dir: string;
}

/** A session as a host would make it, with a temporary home folder and the real dispatch. */
export function testSession(options: { allowedDirs?: 'home' | null } = {}): TestSession {
  const dir = tempDir();
  const events: TestSession['events'] = [];
  const emit: EventSink = (event, payload) => events.push({ event, payload });
  const session = new Session({
    host: 'browser',
    version: 'test',
    homeDir: dir,
    allowedDirs: options.allowedDirs === null ? null : [dir],
    emit,
    now: fixedClock(),
  });
  return { session, dispatch: createDispatch(createHandlers(session), () => undefined), events, dir };
}
