import { ApiError } from './api-error';
import { takeSessionToken } from './session-token';

/**
 * The browser host's cap on one upload (main/host/server.ts DEFAULT_LIMITS.uploadBytes). The host
 * does not announce it, so it is repeated here to refuse a bigger file before sending any of it;
 * the host still enforces its own.
 */
const HOST_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;

export interface UploadOptions {
  /** The bearer token; by default the one this tab was opened with. */
  token?: string;
  /** Origin of the browser host; the page's own by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface Uploaded {
  uploadId: string;
  sizeBytes: number;
}

const isUploaded = (v: unknown): v is Uploaded =>
  typeof v === 'object' && v !== null && 'uploadId' in v && typeof v.uploadId === 'string' && 'sizeBytes' in v && typeof v.sizeBytes === 'number';

const isRefusal = (v: unknown): v is { ok: false; error: ConstructorParameters<typeof ApiError>[0] } =>
  typeof v === 'object' && v !== null && 'ok' in v && v.ok === false && 'error' in v && typeof v.error === 'object' && v.error !== null;

/**
 * Streams a file the user picked to the browser host (POST /upload) and answers its uploadId, which
 * methods that read files accept as { uploadId }. The browser sends the File as the body without
 * reading it into memory. Failures reject with an ApiError like a method call's.
 */
export async function uploadFile(file: File, options: UploadOptions = {}): Promise<Uploaded> {
  const maxBytes = options.maxBytes ?? HOST_UPLOAD_MAX_BYTES;
  if (file.size > maxBytes) {
    throw new ApiError({ code: 'LIMIT', message: `The file is larger than the upload limit of ${maxBytes} bytes.`, key: 'errors.uploadTooLarge', params: { maxBytes } });
  }
  const token = options.token ?? takeSessionToken();
  if (!token) throw new ApiError({ code: 'FORBIDDEN', message: 'This page has no access token to upload with.', key: 'app.tokenMissing.title' });
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await fetchImpl(`${options.baseUrl ?? ''}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
      signal: options.signal,
    });
  } catch (err) {
    throw new ApiError({ code: 'INTERNAL', message: `The workbench cannot be reached: ${err instanceof Error ? err.message : String(err)}`, key: 'errors.hostUnreachable' });
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: answered below.
  }
  if (response.ok && isUploaded(body)) return body;
  if (isRefusal(body)) throw new ApiError(body.error);
  throw new ApiError({ code: 'INTERNAL', message: `The workbench sent an unexpected answer (HTTP ${response.status}).`, key: 'errors.badResponse', params: { status: response.status } });
}
