import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/shell/content-security-policy';
import { tempDir } from '../support/temp-dir';
import { startTestHost } from './host-fixture';

const INDEX = '<!doctype html><title>Workbench</title><script type="module" src="/assets/main.js"></script>';

/** A renderer build beside a secret file that must stay unreachable. */
function fakeRendererBuild() {
  const root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log("hi")');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  return rendererDir;
}

describe('static renderer files', () => {
  it('serves index.html for / without a token, with the strict security headers', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild() });
    const answer = await t.request('/');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(INDEX);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    // The desktop app's policy, from the same source as the page's meta tag.
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(answer.headers['content-security-policy']).toContain("form-action 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type, ignoring the query string', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild() });
    const js = await t.request('/assets/main.js?v=1');
    expect(js.status).toBe(200);
    expect(js.text).toBe('console.log("hi")');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await t.request('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with the headers only', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild() });
    const answer = await t.request('/index.html', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(answer.body.length).toBe(0);
  });

  it('never serves a file outside the renderer folder', async () => {
    const t = await startTestHost({ rendererDir: fakeRendererBuild() });
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/assets/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt', '/assets/link.txt', '/assets/%00x', '/assets', '/%E0%A4%A']) {
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
