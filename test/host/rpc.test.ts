import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { startTestHost } from './host-fixture';

describe('POST /rpc/<method>', () => {
  it('answers workspace.info with 200 and the Result of dispatch', async () => {
    const t = await startTestHost();
    const answer = await t.call('workspace.info', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json()).toMatchObject({
      ok: true,
      data: { path: t.session.workspace.path, name: 'test', counts: { members: 0, surveys: 0, responses: 0 } },
    });
  });

  it('answers bad input with 400 VALIDATION and writes nothing', async () => {
    const t = await startTestHost();
    const target = path.join(t.dir, 'workspaces', 'notes.txt');
    const answer = await t.call('workspace.create', { path: target });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['path'] }] } });
    expect(fs.existsSync(target)).toBe(false);

    const profile = await t.call('profile.set', { name: '   ' });
    expect(profile.status).toBe(400);
    expect(t.session.settings.userName).toBeNull();
  });

  it('answers an unknown method with 404 NOT_FOUND', async () => {
    const t = await startTestHost();
    const answer = await t.call('members.explode', {});
    expect(answer.status).toBe(404);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('members.explode') } });
  });

  it('refuses paths outside the allowed folders with 403 FORBIDDEN and creates no file', async () => {
    const t = await startTestHost();
    const outside = tempDir();
    for (const [method, name] of [['workspace.create', 'new.sqlite'], ['workspace.backup', 'copy.sqlite']] as const) {
      const target = path.join(outside, name);
      const answer = await t.call(method, { path: target });
      expect(answer.status).toBe(403);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(fs.existsSync(target)).toBe(false);
    }
    // A relative escape from an allowed folder is refused the same way.
    const escaping = await t.call('workspace.backup', { path: `${t.dir}/../${path.basename(outside)}/x.sqlite` });
    expect(escaping.status).toBe(403);
    expect(t.session.workspace.path).toBe(path.join(t.dir, 'workspaces', 'test.sqlite'));
  });

  it('maps other failures to their status: an existing backup target is 409 CONFLICT', async () => {
    const t = await startTestHost();
    const target = path.join(t.dir, 'copy.sqlite');
    expect((await t.call('workspace.backup', { path: target })).status).toBe(200);
    const again = await t.call('workspace.backup', { path: target });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
