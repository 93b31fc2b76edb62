import type { OpennessThresholds } from '@model/recruitment/bands';
import type { Connection } from '../db/connection';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Tx } from '../db/writer';

/** What a read needs: the reader connection, or the open write transaction for a consistent read. */
export type Queryable = Pick<Tx, 'all' | 'get'>;

export type BandThresholds = Pick<OpennessThresholds, 'p25' | 'p75'>;

/** The panel's openness band thresholds (recruitment's getOpennessThresholds); null when too few are scored. */
export type OpennessThresholdsSource = (reader: Connection) => Promise<BandThresholds | null>;

/** What the panel services work with: the open workspace, the clock, who acts, and the band thresholds. */
export interface PanelContext {
  db: WorkspaceDb;
  now: () => Date;
  /** The local user recorded in audit entries and bulk actions. */
  actor: string;
  opennessThresholds: OpennessThresholdsSource;
}
