import { beforeEach, describe, expect, it } from 'vitest';
import { takeSessionToken } from '@renderer/api/session-token';

describe('takeSessionToken', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('takes the token from the hash, keeps it for the tab and removes it from the address', () => {
    history.replaceState(null, '', '/?x=1#token=abc123');
    expect(takeSessionToken()).toBe('abc123');
    expect(location.hash).toBe('');
    expect(location.search).toBe('?x=1');
    expect(sessionStorage.getItem('workbench.token')).toBe('abc123');
  });

  it('finds the kept token after a reload without it', () => {
    history.replaceState(null, '', '/#token=abc123');
    takeSessionToken();
    history.replaceState(null, '', '/#/overview');
    expect(takeSessionToken()).toBe('abc123');
    expect(location.hash).toBe('#/overview');
  });

  it('answers null when there is none', () => {
    expect(takeSessionToken()).toBeNull();
  });
});
