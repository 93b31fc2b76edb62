import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isAllowedExternalUrl, isRendererUrl, type RendererSource } from '../../main/shell/renderer-policy';

const dir = path.resolve('/opt/workbench/out/renderer');
const files: RendererSource = { kind: 'files', dir };
const devServer: RendererSource = { kind: 'devServer', url: 'http://localhost:5173/' };
const fileUrl = (p: string) => pathToFileURL(p).href;

describe('isRendererUrl', () => {
  it('accepts files inside the built renderer, with or without a hash route', () => {
    expect(isRendererUrl(fileUrl(path.join(dir, 'index.html')), files)).toBe(true);
    expect(isRendererUrl(`${fileUrl(path.join(dir, 'index.html'))}#/members`, files)).toBe(true);
    expect(isRendererUrl(fileUrl(path.join(dir, 'assets/index.js')), files)).toBe(true);
  });

  it('refuses other files, the folder itself, escapes and network shares', () => {
    expect(isRendererUrl(fileUrl('/etc/passwd'), files)).toBe(false);
    expect(isRendererUrl(fileUrl(dir), files)).toBe(false);
    expect(isRendererUrl(fileUrl(`${dir}-evil/index.html`), files)).toBe(false);
    expect(isRendererUrl(`${fileUrl(dir)}/../main/index.js`, files)).toBe(false);
    expect(isRendererUrl('file://server/share/out/renderer/index.html', files)).toBe(false);
  });

  it('refuses web pages and junk when serving files', () => {
    expect(isRendererUrl('https://example.com/index.html', files)).toBe(false);
    expect(isRendererUrl('not a url', files)).toBe(false);
    expect(isRendererUrl('', files)).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    expect(isRendererUrl('http://localhost:5173/#/surveys', devServer)).toBe(true);
    expect(isRendererUrl('http://localhost:5174/', devServer)).toBe(false);
    expect(isRendererUrl('https://localhost:5173/', devServer)).toBe(false);
    expect(isRendererUrl(fileUrl(path.join(dir, 'index.html')), devServer)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens only allow-listed https sites', () => {
    expect(isAllowedExternalUrl('https://ipip.ori.org/newBigFive5broadKey.htm')).toBe(true);
    expect(isAllowedExternalUrl('http://ipip.ori.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://ipip.ori.org.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@ipip.ori.org/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows only our own scripts and nothing by default for the built renderer', () => {
    const policy = contentSecurityPolicy(files);
    expect(directive(policy, 'default-src')).toBe("default-src 'none'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src-elem')).toBe("style-src-elem 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it("adds what the dev server needs: Vite's inline preamble and its HMR socket", () => {
    const policy = contentSecurityPolicy(devServer);
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' ws://localhost:5173");
  });
});
