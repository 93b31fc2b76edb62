import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withCspMeta } from '../../main/shell/content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
const DEV_SERVER = 'http://localhost:5173/';

describe('the renderer Content-Security-Policy', () => {
  it('allows only our own scripts and nothing by default for the built renderer', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'default-src')).toBe("default-src 'none'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src-elem')).toBe("style-src-elem 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('lets no form submit anywhere', () => {
    expect(directive(contentSecurityPolicy(), 'form-action')).toBe("form-action 'none'");
    expect(directive(contentSecurityPolicy({ delivery: 'meta' }), 'form-action')).toBe("form-action 'none'");
  });

  it('is the same in the meta tag, less frame-ancestors (which browsers ignore there, with a console error)', () => {
    expect(contentSecurityPolicy({ delivery: 'meta' })).toBe(contentSecurityPolicy().replace("; frame-ancestors 'none'", ''));
    expect(contentSecurityPolicy({ delivery: 'meta' })).not.toContain('frame-ancestors');
  });

  it("adds what the dev server needs: Vite's inline preamble and styles and its HMR socket", () => {
    const policy = contentSecurityPolicy({ devServerUrl: DEV_SERVER });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'style-src-elem')).toBe("style-src-elem 'self' 'unsafe-inline'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' ws://localhost:5173");
  });
});

describe("renderer/index.html's CSP meta tag", () => {
  const source = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
  const metaPolicies = (html: string) =>
    [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1]);

  it('is filled at build time with the policy the hosts send as a header', () => {
    const built = withCspMeta(source, contentSecurityPolicy({ delivery: 'meta' }));
    expect(metaPolicies(built)).toEqual([contentSecurityPolicy({ delivery: 'meta' })]);
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
  });

  it('refuses to build a page that has lost its placeholder, so no page goes out without the policy', () => {
    expect(() => withCspMeta('<!doctype html><head></head>', contentSecurityPolicy({ delivery: 'meta' }))).toThrow(/placeholder/);
  });
});
