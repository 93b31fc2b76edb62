import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors';
import { TransferStore } from '../../../main/core/files/transfer-store';
import { tempDir } from '../../support/temp-dir';

const storeIn = () => {
  const dir = path.join(tempDir(), 'transfers');
  return { dir, store: new TransferStore(dir) };
};

describe('TransferStore', () => {
  it('creates its folder only when the first upload arrives', async () => {
    const { dir, store } = storeIn();
    expect(fs.existsSync(dir)).toBe(false);
    await store.receiveUpload(Readable.from([Buffer.from('a')]), { maxBytes: 10, fileName: null });
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('keeps an upload byte for byte, with its name and size', async () => {
    const { store } = storeIn();
    const chunks = [Buffer.from('first,'), Buffer.from('second,'), Buffer.from('третий')];
    const { uploadId, sizeBytes } = await store.receiveUpload(Readable.from(chunks), { maxBytes: 1000, fileName: 'members.csv' });
    const upload = store.upload(uploadId);
    expect(fs.readFileSync(upload.path)).toEqual(Buffer.concat(chunks));
    expect(upload).toMatchObject({ fileName: 'members.csv', sizeBytes: Buffer.concat(chunks).length });
    expect(sizeBytes).toBe(upload.sizeBytes);
  });

  it('refuses an upload past maxBytes with LIMIT, deletes the partial file and leaves the source open', async () => {
    const { dir, store } = storeIn();
    const source = new PassThrough();
    const receiving = store.receiveUpload(source, { maxBytes: 8, fileName: null });
    source.write(Buffer.alloc(5));
    source.write(Buffer.alloc(5));
    const err = await receiving.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'LIMIT' });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(source.destroyed).toBe(false);
  });

  it('gives up on an upload whose source breaks off, keeping no file', async () => {
    const { dir, store } = storeIn();
    const source = new PassThrough();
    const receiving = store.receiveUpload(source, { maxBytes: 100, fileName: null });
    source.write(Buffer.alloc(5));
    source.destroy(new Error('connection reset'));
    await expect(receiving).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown uploadId', () => {
    const { store } = storeIn();
    expect(() => store.upload('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('hands out an offered download once', () => {
    const { store } = storeIn();
    const id = store.offerDownload('relative/export.csv', 'Export.csv');
    const other = store.offerDownload('/tmp/b.csv', 'b.csv');
    expect(id).not.toBe(other);
    expect(store.takeDownload(id)).toEqual({ path: path.resolve('relative/export.csv'), fileName: 'Export.csv' });
    expect(store.takeDownload(id)).toBeNull();
    expect(store.takeDownload(other)).not.toBeNull();
  });

  it('deletes uploaded files and forgets all ids on dispose', async () => {
    const { dir, store } = storeIn();
    const { uploadId } = await store.receiveUpload(Readable.from([Buffer.from('x')]), { maxBytes: 10, fileName: null });
    const downloadId = store.offerDownload('/tmp/x', 'x');
    await store.dispose();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => store.upload(uploadId)).toThrow();
    expect(store.takeDownload(downloadId)).toBeNull();
  });
});
