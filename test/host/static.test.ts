import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/shell/content-security-policy';
import { FAKE_INDEX, fakeRendererBuild } from '../support/renderer-build';
import { startTestHost } from './host-fixture';

describe('static renderer files', () => {
  it('serves index.html for / without a token, with the strict security headers', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild().rendererDir });
    const answer = await t.request('/');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(FAKE_INDEX);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    // The desktop app's policy, from the same source as the page's meta tag.
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(answer.headers['content-security-policy']).toContain("form-action 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type, ignoring the query string', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild().rendererDir });
    const js = await t.request('/assets/main.js?v=1');
    expect(js.status).toBe(200);
    expect(js.text).toBe('console.log("hi")');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await t.request('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with the headers only', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild().rendererDir });
    const answer = await t.request('/index.html', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(FAKE_INDEX)));
    expect(answer.body.length).toBe(0);
  });

  it('never serves a file outside the renderer folder', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild().rendererDir });
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/assets/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt', '/assets/link.txt', '/outside/secret.txt', '/..%2frenderer-evil/index.html', '/%2Fetc%2Fpasswd', '/..%5csecret.txt', '/assets/%00x', '/assets', '/%E0%A4%A']) {
      const answer = await t.request(p);
      expect(answer.status, p).toBe(404);
      expect(answer.text).not.toContain('SECRET');
    }
  });

  it('says the page is not built when the renderer folder is missing', async () => {
    const t = await startTestHost();
    const answer = await t.request('/');
    expect(answer.status).toBe(404);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('npm run build') } });
  });
});
