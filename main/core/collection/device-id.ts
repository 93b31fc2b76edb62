import type { Queryable } from '../db/writer';

/** This workspace's device id (workspace_meta, given by migration 0011): recorded on each response started here. */
export async function workspaceDeviceId(db: Queryable): Promise<string> {
  return (await db.get<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'device_id'"))!.value;
}
