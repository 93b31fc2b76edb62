/**
 * One staging write in flight at a time: the writer's thread stages a chunk while the event loop
 * checks the next one, so the two cores an import can use both work.
 */
export class StagingPipe {
  private last: Promise<void> = Promise.resolve();

  /** Waits for the chunk before (throwing its failure), then starts this one without waiting for it. */
  async push(write: () => Promise<void>): Promise<void> {
    await this.last;
    this.last = write();
    // Handled here too, so a failure met while the next chunk is checked is not an unhandled rejection; drain() throws it.
    this.last.catch(() => undefined);
  }

  /** Waits for the last chunk, throwing its failure. */
  drain(): Promise<void> {
    return this.last;
  }

  /** Waits for the last chunk whatever its outcome (before dropping the staging tables). */
  settle(): Promise<void> {
    return this.last.catch(() => undefined);
  }
}
