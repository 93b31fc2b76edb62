import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';
import { scratchFileName, sweepScratchFiles } from './owned-files';

export interface StoredUpload {
  path: string;
  /** The name the client gave, if any (for messages and default names). */
  fileName: string | null;
  sizeBytes: number;
}

export interface OfferedDownload {
  path: string;
  fileName: string;
}

const MIB = 1024 * 1024;
const UPLOAD_EXTENSION = '.upload';

const describeSize = (bytes: number) => (bytes >= MIB ? `${Math.floor(bytes / MIB)} MiB` : `${bytes} bytes`);

/**
 * Files that travel beside method calls (browser host): uploads streamed in, which methods then
 * name as { uploadId }, and files offered once for download. Ids are random UUIDs, never built
 * into paths, because a download id is the only credential its link carries. An upload is a copy of
 * a user's file, often full of personal data: it is deleted when the import that read it commits,
 * when a member is erased, when the host stops, and (left by a killed host) at the next start.
 */
export class TransferStore {
  private readonly uploads = new Map<string, StoredUpload>();
  private readonly downloads = new Map<string, OfferedDownload>();

  /** dir is created on the first upload, so hosts that never upload leave no trace. */
  constructor(private readonly dir: string) {}

  /**
   * Streams source into a new upload file, refusing it (LIMIT) once it passes maxBytes. The source
   * is only unpiped, never destroyed, so an HTTP host can still answer on the same connection.
   */
  async receiveUpload(source: Readable, options: { maxBytes: number; fileName: string | null }): Promise<{ uploadId: string; sizeBytes: number }> {
    fs.mkdirSync(this.dir, { recursive: true });
    const uploadId = randomUUID();
    const filePath = path.join(this.dir, scratchFileName(UPLOAD_EXTENSION));
    let sizeBytes = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        if (sizeBytes > options.maxBytes) {
          done(
            new AppError('LIMIT', `The file is larger than the upload limit of ${describeSize(options.maxBytes)}.`, {
              key: 'errors.uploadTooLarge',
              params: { maxBytes: options.maxBytes },
            }),
          );
        } else {
          done(null, chunk);
        }
      },
    });
    // pipe() does not forward a dropped connection; without this the upload would never settle.
    const interrupted = () => {
      if (!source.readableEnded) limiter.destroy(new AppError('VALIDATION', 'The upload was interrupted before the whole file arrived.', { key: 'errors.uploadInterrupted' }));
    };
    // The file is created here, before any byte flows: a write stream opens its file later, and a
    // refusal in the first chunk could remove the file before that open and leave it behind.
    const fd = fs.openSync(filePath, 'wx');
    source.on('error', interrupted).on('close', interrupted);
    source.pipe(limiter);
    try {
      await pipeline(limiter, fs.createWriteStream(filePath, { fd }));
    } catch (err) {
      source.unpipe(limiter);
      source.pause();
      await fs.promises.rm(filePath, { force: true });
      throw err;
    } finally {
      source.off('error', interrupted).off('close', interrupted);
    }
    this.uploads.set(uploadId, { path: filePath, fileName: options.fileName, sizeBytes });
    return { uploadId, sizeBytes };
  }

  upload(uploadId: string): StoredUpload {
    const upload = this.uploads.get(uploadId);
    if (!upload) {
      throw new AppError('NOT_FOUND', `There is no uploaded file ${uploadId}; upload it again.`, { key: 'errors.uploadMissing', params: { uploadId } });
    }
    return upload;
  }

  /** Deletes an upload and forgets its id. */
  async discardUpload(uploadId: string): Promise<void> {
    const upload = this.uploads.get(uploadId);
    this.uploads.delete(uploadId);
    if (upload) await fs.promises.rm(upload.path, { force: true });
  }

  /** Deletes every upload (an erasure cannot tell which rows of a file, in any encoding, are the member's). */
  async discardUploads(): Promise<void> {
    await Promise.all([...this.uploads.keys()].map((id) => this.discardUpload(id)));
  }

  /** Deletes the uploads a killed host left behind (this store never knew their ids). */
  sweepOrphans(): void {
    sweepScratchFiles(this.dir, UPLOAD_EXTENSION);
  }

  /** Registers a file for one download; the id is forgotten once taken. */
  offerDownload(filePath: string, fileName: string): string {
    const downloadId = randomUUID();
    this.downloads.set(downloadId, { path: path.resolve(filePath), fileName });
    return downloadId;
  }

  /** The offered file, at most once per id. */
  takeDownload(downloadId: string): OfferedDownload | null {
    const offered = this.downloads.get(downloadId) ?? null;
    this.downloads.delete(downloadId);
    return offered;
  }

  /** Deletes the uploaded files and forgets every id (when the host stops). */
  async dispose(): Promise<void> {
    this.downloads.clear();
    await this.discardUploads();
  }
}
