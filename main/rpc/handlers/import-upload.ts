import type { FileRef } from '@api/common';
import type { JobState } from '@api/jobs';
import type { Session } from '../../core/session';

/**
 * An upload is a copy of the user's file: deleted once an import of it has committed (a run that
 * wrote nothing keeps it for the next try, e.g. "import the valid rows").
 */
export function discardUploadOnceCommitted(session: Session, file: FileRef, jobId: string, committed: (result: JobState['result']) => boolean): void {
  if (!('uploadId' in file)) return;
  void session.jobs.whenEnded(jobId, async (state) => {
    if (committed(state.result)) await session.transfers.discardUpload(file.uploadId);
  });
}
