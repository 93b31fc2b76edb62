import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { startTestHost, TOKEN } from './host-fixture';

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('POST /upload', () => {
  it('stores the streamed bytes unchanged and names them by an uploadId that methods accept', async () => {
    const t = await startTestHost();
    const bytes = randomBytes(300_000);
    const answer = await t.request('/upload', { method: 'POST', headers: { ...auth, 'X-File-Name': encodeURIComponent('Панель 2026.csv') }, body: bytes });
    expect(answer.status).toBe(200);
    const { uploadId, sizeBytes } = answer.json() as { uploadId: string; sizeBytes: number };
    expect(sizeBytes).toBe(bytes.length);
    const stored = t.session.resolveFile({ uploadId });
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(t.session.transfers.upload(uploadId).fileName).toBe('Панель 2026.csv');
  });

  it('refuses a file over the upload cap with 413 and keeps no partial file', async () => {
    const t = await startTestHost({ limits: { uploadBytes: 1000 } });
    const answer = await t.request('/upload', { method: 'POST', headers: auth, body: randomBytes(1001) });
    expect(answer.status).toBe(413);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
    const transfersDir = path.join(t.dir, 'transfers');
    expect(fs.existsSync(transfersDir) ? fs.readdirSync(transfersDir) : []).toEqual([]);
  });

  it('refuses an upload over the cap that does not declare its length (chunked) with 413', async () => {
    const t = await startTestHost({ limits: { uploadBytes: 1000 } });
    // Without a body length node:http sends chunked, so only counting the stream can catch it.
    const answer = await t.request('/upload', { method: 'POST', headers: { ...auth, 'Transfer-Encoding': 'chunked' }, body: randomBytes(5000) });
    expect(answer.status).toBe(413);
    expect(fs.readdirSync(path.join(t.dir, 'transfers'))).toEqual([]);
  });

  it('needs the token', async () => {
    const t = await startTestHost();
    expect((await t.request('/upload', { method: 'POST', body: 'x' })).status).toBe(401);
  });
});

describe('Session.resolveFile', () => {
  it('accepts a path inside the allowed folders, refuses one outside, and knows no foreign uploadId', async () => {
    const t = await startTestHost();
    const inside = path.join(t.dir, 'members.csv');
    expect(t.session.resolveFile({ path: inside })).toBe(inside);
    expect(() => t.session.resolveFile({ path: path.join(tempDir(), 'members.csv') })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => t.session.resolveFile({ uploadId: '../../etc/passwd' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('GET /download/<id>', () => {
  it('streams an offered file once, as an attachment with its (non-ASCII) name, then answers 404', async () => {
    const t = await startTestHost();
    const file = path.join(tempDir(), 'export.csv');
    const bytes = Buffer.from('\ufeffname,score\r\nÅsa,4\r\n', 'utf8');
    fs.writeFileSync(file, bytes);
    const downloadId = t.session.transfers.offerDownload(file, 'Ответы "итог".csv');

    const first = await t.request(`/download/${downloadId}`);
    expect(first.status).toBe(200);
    expect(first.body.equals(bytes)).toBe(true);
    expect(first.headers['content-type']).toBe('application/octet-stream');
    expect(first.headers['content-length']).toBe(String(bytes.length));
    expect(first.headers['content-disposition']).toBe(
      `attachment; filename="______ ______.csv"; filename*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82%D1%8B%20%22%D0%B8%D1%82%D0%BE%D0%B3%22.csv`,
    );

    const second = await t.request(`/download/${downloadId}`);
    expect(second.status).toBe(404);
    expect(second.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers 404 for an id that was never offered', async () => {
    const t = await startTestHost();
    expect((await t.request('/download/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
