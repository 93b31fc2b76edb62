import type { JobContext } from '../jobs/job-registry';
import type { WorkspaceDb } from '../db/workspace-db';

export const DEMO_SEED = 20_240_611;

export async function generateDemoCommunity(
  _db: WorkspaceDb,
  _ctx: JobContext,
  _options: { seed: number; now: Date },
): Promise<{ members: number; surveys: number; responses: number }> {
  throw new Error('demo generator: in progress');
}
