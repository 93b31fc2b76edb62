import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestHost, TOKEN, type HttpAnswer } from './host-fixture';

const expectRefusal = (answer: HttpAnswer, status: number, code: string) => {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.json()).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
};

describe('browser host refusals', () => {
  it('refuses a method call without a token with 401', async () => {
    const t = await startTestHost();
    const answer = await t.request('/rpc/workspace.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expectRefusal(answer, 401, 'FORBIDDEN');
    expect(answer.headers['www-authenticate']).toBe('Bearer');
  });

  it('refuses a wrong token, a token of another length and another scheme with 401', async () => {
    const t = await startTestHost();
    for (const authorization of [`Bearer ${TOKEN.slice(0, -1)}x`, `Bearer ${TOKEN}0`, `Basic ${TOKEN}`, TOKEN]) {
      const answer = await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Authorization: authorization }, body: '{}' });
      expectRefusal(answer, 401, 'FORBIDDEN');
    }
  });

  it('refuses a foreign Host header with 421, for method calls and static files alike (DNS rebinding)', async () => {
    const t = await startTestHost();
    const port = t.host.port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`]) {
      expectRefusal(await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Host: host }, body: '{}' }), 421, 'FORBIDDEN');
      expectRefusal(await t.request('/', { headers: { Host: host } }), 421, 'FORBIDDEN');
    }
  });

  it('accepts both loopback spellings of the Host header', async () => {
    const t = await startTestHost();
    for (const host of [`127.0.0.1:${t.host.port}`, `localhost:${t.host.port}`]) {
      const answer = await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Host: host }, body: '{}' });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    const t = await startTestHost();
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${t.host.port}`, `http://127.0.0.1:${t.host.port + 1}`]) {
      expectRefusal(await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Origin: origin }, body: '{}' }), 403, 'FORBIDDEN');
    }
    const own = await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Origin: `http://localhost:${t.host.port}` }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('refuses a method call that is not JSON with 415', async () => {
    const t = await startTestHost();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expectRefusal(await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, 'Content-Type': type }, body: '{}' }), 415, 'VALIDATION');
    }
    const { 'Content-Type': _omitted, ...withoutType } = t.rpcHeaders;
    expectRefusal(await t.request('/rpc/workspace.info', { method: 'POST', headers: withoutType, body: '{}' }), 415, 'VALIDATION');
  });

  it('refuses malformed JSON with 400', async () => {
    const t = await startTestHost();
    for (const body of ['{"name":', '', 'undefined']) {
      expectRefusal(await t.request('/rpc/profile.set', { method: 'POST', headers: t.rpcHeaders, body }), 400, 'VALIDATION');
    }
    expect(t.session.settings.userName).toBeNull();
  });

  it('refuses a method call over the body cap with 413', async () => {
    const t = await startTestHost({ limits: { rpcBodyBytes: 1024 } });
    const body = JSON.stringify({ name: 'x'.repeat(2000) });
    expectRefusal(await t.request('/rpc/profile.set', { method: 'POST', headers: t.rpcHeaders, body }), 413, 'LIMIT');
    expect(t.session.settings.userName).toBeNull();
  });

  it('answers 413 while an over-long body is still being sent, instead of reading it all', async () => {
    const t = await startTestHost({ limits: { rpcBodyBytes: 1024 } });
    // Chunked and endless: only a server that stops reading can answer before the end.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: t.host.port, path: '/rpc/profile.set', method: 'POST', headers: { ...t.rpcHeaders, Host: `127.0.0.1:${t.host.port}` } });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const timer = setInterval(() => req.write(chunk), 5);
      req.on('response', (res) => {
        clearInterval(timer);
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (err) => {
        clearInterval(timer);
        reject(err);
      });
      req.write('{"name":"');
    });
    expect(status).toBe(413);
  });

  it('answers an unknown route with 404', async () => {
    const t = await startTestHost();
    for (const path of ['/no-such-page', '/events/extra', '/download/']) {
      expectRefusal(await t.request(path), 404, 'NOT_FOUND');
    }
  });

  it('answers a wrong HTTP method with 405 and says which is allowed', async () => {
    const t = await startTestHost();
    const cases: [string, string, string][] = [
      ['GET', '/rpc/workspace.info', 'POST'],
      ['PUT', '/rpc/workspace.info', 'POST'],
      ['POST', '/events', 'GET'],
      ['GET', '/upload', 'POST'],
      ['DELETE', '/download/x', 'GET'],
      ['POST', '/index.html', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await t.request(path, { method, headers: { Authorization: `Bearer ${TOKEN}` } });
      expectRefusal(answer, 405, 'VALIDATION');
      expect(answer.headers.allow).toBe(allow);
    }
  });

  it('answers OPTIONS (a CORS preflight) with 405 and no CORS headers', async () => {
    const t = await startTestHost();
    const answer = await t.request('/rpc/workspace.info', {
      method: 'OPTIONS',
      headers: { Origin: `http://127.0.0.1:${t.host.port}`, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expectRefusal(answer, 405, 'VALIDATION');
    expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
