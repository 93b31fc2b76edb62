import type { JobRegistry } from '../../jobs/job-registry';
import type { RejectedRowsFiles } from './rejected-rows';

/** What the workbench's import jobs (members, responses) need beyond one call's context: where they run and what they keep. */
export interface ImportsHost {
  jobs: JobRegistry;
  /** Where each import job writes its rejected rows. */
  rejectedRows: RejectedRowsFiles;
  /** The original name of an upload (shown for the file instead of its temporary path). */
  uploadName(uploadId: string): string | null;
  /** The workspace at this path changed (an import committed or was undone). */
  changed(workspacePath: string): void;
}
