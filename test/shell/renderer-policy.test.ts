import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isRendererUrl, rendererEntryUrl, type RendererSource } from '../../main/shell/renderer-policy';

const dir = path.resolve('/opt/workbench/out/renderer');
const files: RendererSource = { kind: 'files', dir };
const devServer: RendererSource = { kind: 'devServer', url: 'http://localhost:5173/' };
const fileUrl = (p: string) => pathToFileURL(p).href;

describe('isRendererUrl', () => {
  it('accepts pages and files of the app:// origin that serves the built renderer, with or without a hash route', () => {
    expect(isRendererUrl('app://workbench/index.html', files)).toBe(true);
    expect(isRendererUrl('app://workbench/index.html#/members', files)).toBe(true);
    expect(isRendererUrl('app://workbench/assets/index.js', files)).toBe(true);
  });

  it('refuses file:// URLs, even of the renderer folder itself, now that it is served from app://', () => {
    expect(isRendererUrl(fileUrl(path.join(dir, 'index.html')), files)).toBe(false);
    expect(isRendererUrl(fileUrl('/etc/passwd'), files)).toBe(false);
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    expect(isRendererUrl('app://other/index.html', files)).toBe(false);
    expect(isRendererUrl('app://workbench.evil/index.html', files)).toBe(false);
    expect(isRendererUrl('app://workbench:8080/index.html', files)).toBe(false);
    expect(isRendererUrl('app://user:pw@workbench/index.html', files)).toBe(false);
    expect(isRendererUrl('https://workbench/index.html', files)).toBe(false);
    expect(isRendererUrl('app:index.html', files)).toBe(false);
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
    expect(isRendererUrl('app://workbench/index.html', devServer)).toBe(false);
  });
});

describe('rendererEntryUrl', () => {
  it('opens the built renderer through app:// and the dev server at its own address', () => {
    expect(rendererEntryUrl(files)).toBe('app://workbench/index.html');
    expect(rendererEntryUrl(devServer)).toBe('http://localhost:5173/');
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
