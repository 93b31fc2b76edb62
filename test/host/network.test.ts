import net from 'node:net';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { startTestHost, TOKEN, type HttpAnswer } from './host-fixture';

const canConnect = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('browser host network exposure', () => {
  it('listens on 127.0.0.1 only', async () => {
    const t = await startTestHost();
    expect(t.host.origin).toBe(`http://127.0.0.1:${t.host.port}`);
    expect(t.host.url).toBe(`http://127.0.0.1:${t.host.port}/#token=${TOKEN}`);
    expect(await canConnect('127.0.0.1', t.host.port)).toBe(true);
    const otherAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal)
      .map((a) => a!.address);
    for (const address of ['::1', ...otherAddresses]) expect(await canConnect(address, t.host.port), address).toBe(false);
  });

  it('sends no CORS header on any response', async () => {
    const t = await startTestHost();
    const origin = { Origin: `http://127.0.0.1:${t.host.port}` };
    const answers: HttpAnswer[] = [
      await t.call('workspace.info', {}),
      await t.call('no.such', {}),
      await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, ...origin }, body: '{}' }),
      await t.request('/rpc/workspace.info', { method: 'POST', headers: { ...t.rpcHeaders, Origin: 'http://evil.example' }, body: '{}' }),
      await t.request('/rpc/workspace.info', { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'POST' } }),
      await t.request('/rpc/workspace.info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...origin }, body: '{}' }),
      await t.request('/', { headers: origin }),
      await t.request('/upload', { method: 'POST', headers: { ...t.rpcHeaders, ...origin }, body: 'x' }),
      await t.request('/download/none', { headers: origin }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 200, 403, 405, 401, 404, 200, 404]);
    for (const answer of answers) expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
