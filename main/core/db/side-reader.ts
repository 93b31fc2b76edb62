import { Connection } from './connection';
import { applyReaderPragmas } from './pragmas';

/**
 * Runs body with a read-only connection of its own to the workspace at path, beside its reader: a
 * connection runs one statement at a time, so reads that do not depend on each other can use a
 * second core this way. Closed after; its pages come from the file's map, as the reader's do.
 */
export async function withSideReader<T>(path: string, body: (side: Connection) => Promise<T>): Promise<T> {
  const side = await Connection.open(path, { readonly: true });
  try {
    await applyReaderPragmas(side);
    return await body(side);
  } finally {
    await side.close();
  }
}
