import type { IncomingMessage } from 'node:http';
import { HttpRefusal } from './http-response';

const tooLarge = (maxBytes: number) => new HttpRefusal(413, 'LIMIT', `The request body is larger than the limit of ${maxBytes} bytes.`);

/** Refuses at once when the declared length is already over the cap, before reading anything. */
export function checkDeclaredLength(req: IncomingMessage, maxBytes: number): void {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
}

/** Reads a JSON body of at most maxBytes; past the cap it stops reading rather than buffer the rest. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    throw new HttpRefusal(415, 'VALIDATION', 'Method calls take a JSON body: send Content-Type: application/json.');
  }
  checkDeclaredLength(req, maxBytes);
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (err: Error | null) => {
      req.off('data', onData).off('end', onEnd).off('error', stop).off('close', onClose);
      if (err) {
        req.pause();
        reject(err);
      } else {
        resolve(Buffer.concat(chunks));
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge(maxBytes));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(null);
    const onClose = () => stop(new HttpRefusal(400, 'VALIDATION', 'The connection closed before the request body arrived.'));
    req.on('data', onData).on('end', onEnd).on('error', stop).on('close', onClose);
  });
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new HttpRefusal(400, 'VALIDATION', `The request body is not valid JSON (${(err as Error).message}).`);
  }
}
