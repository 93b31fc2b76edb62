import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appResponse } from '../../main/shell/app-protocol';
import { contentSecurityPolicy } from '../../main/shell/content-security-policy';
import { FAKE_INDEX, fakeRendererBuild } from '../support/renderer-build';

const POLICY = contentSecurityPolicy();

const get = (url: string, rendererDir: string, method = 'GET') => appResponse({ url, method }, rendererDir, POLICY);

describe('the app:// protocol that serves the renderer', () => {
  it('serves index.html at the entry URL and at /, with the CSP header and its content type', async () => {
    const { rendererDir } = fakeRendererBuild();
    for (const url of [APP_ENTRY_URL, 'app://workbench/', 'app://workbench/index.html#/panel']) {
      const res = await get(url, rendererDir);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toBe(FAKE_INDEX);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets with their content type, ignoring the query string', async () => {
    const { rendererDir } = fakeRendererBuild();
    const js = await get('app://workbench/assets/main.js?v=2', rendererDir);
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log("hi")');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(POLICY);
    expect((await get('app://workbench/assets/app.css', rendererDir)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://workbench/assets/logo.svg', rendererDir)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers HEAD with the headers only', async () => {
    const { rendererDir } = fakeRendererBuild();
    const res = await get(APP_ENTRY_URL, rendererDir, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('');
  });

  it('answers 404, still with the CSP header, for a file or folder that is not there', async () => {
    const { rendererDir } = fakeRendererBuild();
    for (const url of ['app://workbench/assets/missing.js', 'app://workbench/assets', 'app://workbench/assets/']) {
      const res = await get(url, rendererDir);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toBe(POLICY);
      expect(res.headers.get('content-type'), url).toBe('text/plain; charset=utf-8');
    }
  });

  it('refuses encoded traversal, absolute paths, symlinks out of the folder, bad encodings and other hosts', async () => {
    const { rendererDir, secret } = fakeRendererBuild();
    const refused = [
      'app://workbench/..%2fsecret.txt',
      'app://workbench/assets/..%2F..%2Fsecret.txt',
      'app://workbench/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://workbench/..%5csecret.txt',
      'app://workbench/..%2frenderer-evil/index.html',
      `app://workbench/${secret}`,
      `app://workbench/${encodeURIComponent(secret)}`,
      'app://workbench/C:%5cWindows%5cwin.ini',
      'app://workbench/assets/link.txt',
      'app://workbench/outside/secret.txt',
      'app://workbench/assets/%00main.js',
      'app://workbench/%E0%A4%A',
      'app://other/index.html',
      'app://workbench:8080/index.html',
      'app://user@workbench/index.html',
      'file:///index.html',
    ];
    for (const url of refused) {
      const res = await get(url, rendererDir);
      expect(res.status, url).toBe(403);
      expect(await res.text(), url).not.toContain('SECRET');
      expect(res.headers.get('content-security-policy'), url).toBe(POLICY);
    }
  });

  it('never leaves the folder through plain dot segments, which the URL parser resolves first', async () => {
    const { rendererDir } = fakeRendererBuild();
    for (const url of ['app://workbench/../secret.txt', 'app://workbench/%2e%2e/secret.txt', 'app://workbench/assets/../../secret.txt']) {
      const res = await get(url, rendererDir);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('SECRET');
    }
  });

  it('answers only GET and HEAD', async () => {
    const { rendererDir } = fakeRendererBuild();
    const res = await get(APP_ENTRY_URL, rendererDir, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-security-policy')).toBe(POLICY);
  });
});
