import { describe, expect, it } from 'vitest';
import { startTestHost } from '../host/host-fixture';
import { testSession } from '../support/workspace';

describe('kiosk lock outside the desktop app', () => {
  it('is NOT_AVAILABLE through dispatch, with a message that says what the page does instead', async () => {
    const { dispatch } = testSession();
    for (const method of ['kiosk.lock', 'kiosk.unlock']) {
      expect(await dispatch(method, { pin: '2468' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_AVAILABLE', message: expect.stringContaining('the page goes full screen itself') },
      });
    }
  });

  it('checks the PIN first, like every method', async () => {
    const { dispatch } = testSession();
    expect(await dispatch('kiosk.lock', { pin: '12a4' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['pin'], message: 'expects 4 to 8 digits' }] },
    });
  });

  it('answers HTTP 501 in the browser host', async () => {
    const t = await startTestHost();
    const answer = await t.call('kiosk.lock', { pin: '2468' });
    expect(answer.status).toBe(501);
  });
});
