import type { Queryable } from '../db/writer';
import { loadVersion } from '../collection/collectable-versions';

/**
 * Quotas across devices: each device collects against its own allocation, so only the merge sees
 * the total. A version whose complete responses now exceed its response cap is reported with the
 * figures (never trimmed: every response collected is kept).
 */

export type QuotaOvershoot = {
  surveyVersionId: string;
  title: string;
  version: number;
  /** The quota cell: the version's response cap. */
  cell: 'responseCap';
  limit: number;
  complete: number;
  over: number;
};

export async function quotaOvershoots(db: Queryable, versionIds: readonly string[]): Promise<QuotaOvershoot[]> {
  const out: QuotaOvershoot[] = [];
  for (const id of versionIds) {
    const v = await loadVersion(db, id);
    const cap = v.definition.settings.responseCap;
    if (cap === null) continue;
    const { n } = (await db.get<{ n: number }>("SELECT count(*) AS n FROM response WHERE survey_version_id = ? AND status = 'complete'", [id]))!;
    if (n > cap) out.push({ surveyVersionId: id, title: v.title, version: v.version, cell: 'responseCap', limit: cap, complete: n, over: n - cap });
  }
  return out;
}
