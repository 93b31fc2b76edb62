import fs from 'node:fs';
import type { ImportEncoding } from '@api/csv-import';

export interface TextChunk {
  text: string;
  /** Bytes of the file this chunk came from (for byte-based progress). */
  bytes: number;
}

/** Bytes per read: small enough that parsing and checking one chunk stays well under the stall budget. */
const READ_CHUNK_BYTES = 256 * 1024;

/**
 * Decodes bytes as they stream in. The decoder keeps a character split across two chunks, strips
 * a byte-order mark, and writes U+FFFD for bytes that are not valid in the encoding, which the
 * row checks then report with their row number.
 */
export async function* decodeChunks(source: AsyncIterable<Buffer>, encoding: ImportEncoding, atEnd = true): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder(encoding);
  for await (const bytes of source) yield { text: decoder.decode(bytes, { stream: true }), bytes: bytes.length };
  // Only a file read to its end may end in an incomplete character; a cut-off head just stops.
  if (atEnd) yield { text: decoder.decode(), bytes: 0 };
}

export const readFileChunks = (filePath: string): AsyncIterable<Buffer> => fs.createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES });

/** The first maxBytes of a file (all of it when smaller). */
export async function readHead(filePath: string, maxBytes: number): Promise<Buffer> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
