import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api';
import { uploadFile } from '@renderer/api/upload';

function recordingFetch(answer: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const file = new File(['a,b\n1,2\n'], '成员 2026.csv', { type: 'text/csv' });

describe('uploadFile', () => {
  it('streams the file to /upload with the token and its name, and answers the uploadId', async () => {
    const { fetch, calls } = recordingFetch(() => Response.json({ uploadId: 'u-1', sizeBytes: 8 }));
    expect(await uploadFile(file, { token: 'tok', fetch })).toEqual({ uploadId: 'u-1', sizeBytes: 8 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/upload');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.body).toBe(file);
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: 'Bearer tok', 'X-File-Name': encodeURIComponent('成员 2026.csv') });
  });

  it('refuses a file over the cap before sending anything', async () => {
    const { fetch, calls } = recordingFetch(() => Response.json({}));
    const refused = await uploadFile(file, { token: 'tok', fetch, maxBytes: 4 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('LIMIT');
    expect((refused as ApiError).key).toBe('errors.uploadTooLarge');
    expect(calls).toHaveLength(0);
  });

  it('passes the host refusal on as an ApiError', async () => {
    const { fetch } = recordingFetch(() => Response.json({ ok: false, error: { code: 'LIMIT', message: 'too big', key: 'errors.uploadTooLarge' } }, { status: 413 }));
    const refused = (await uploadFile(file, { token: 'tok', fetch }).catch((e: unknown) => e)) as ApiError;
    expect([refused.code, refused.message]).toEqual(['LIMIT', 'too big']);
  });
});
