import { describe, expect, it } from 'vitest';
import { testSession } from '../support/workspace';
import { startTestHost } from '../host/host-fixture';

describe('native dialogs outside the desktop app', () => {
  it('are NOT_AVAILABLE through dispatch, with a message that names the alternative', async () => {
    const { dispatch } = testSession();
    expect(await dispatch('dialogs.openPath', { purpose: 'memberImport' })).toEqual({
      ok: false,
      error: {
        code: 'NOT_AVAILABLE',
        message: 'dialogs.openPath shows a native file dialog, which only the desktop app has. Upload the file instead (POST /upload, then { uploadId }), or name a { path } inside the allowed folders.',
      },
    });
    expect(await dispatch('dialogs.savePath', { purpose: 'rejectedRows', defaultName: 'rejected.csv' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AVAILABLE', message: expect.stringContaining('Download the file instead') },
    });
  });

  it('check their input first, like every method', async () => {
    const { dispatch } = testSession();
    expect(await dispatch('dialogs.savePath', { purpose: 'rejectedRows', defaultName: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answer HTTP 501 in the browser host', async () => {
    const t = await startTestHost();
    const answer = await t.call('dialogs.openPath', { purpose: 'memberImport' });
    expect(answer.status).toBe(501);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });
  });
});
