import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestHost, TOKEN, type TestHost } from './host-fixture';

interface EventStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves with everything received once `text` appears in the stream. */
  until(text: string): Promise<string>;
  close(): void;
}

function openEvents(t: TestHost): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: t.host.port, path: '/events', headers: { Host: `127.0.0.1:${t.host.port}`, Authorization: `Bearer ${TOKEN}` }, agent: false },
      (res) => {
        let received = '';
        const waiters = new Set<() => void>();
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
          for (const check of waiters) check();
        });
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          until: (text) =>
            new Promise((done) => {
              const check = () => {
                if (!received.includes(text)) return;
                waiters.delete(check);
                done(received);
              };
              waiters.add(check);
              check();
            }),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });
}

const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
};

describe('GET /events', () => {
  it('streams job.progress events of a job as Server-Sent Events', async () => {
    const t = await startTestHost();
    const stream = await openEvents(t);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const job = t.session.jobs.start('test.count', async (ctx) => {
      ctx.progress(1, 2, 'jobs.phase.test');
      return { counted: 2 };
    });
    const received = await stream.until('"state":"succeeded"');
    const events = received
      .split('\n\n')
      .filter((block) => block.startsWith('event: '))
      .map((block) => {
        const [eventLine, dataLine] = block.split('\n');
        return { event: eventLine!.slice('event: '.length), data: JSON.parse(dataLine!.slice('data: '.length)) as { id: string; kind: string; state: string } };
      });
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const e of events) expect(e).toMatchObject({ event: 'job.progress', data: { id: job.id, kind: 'test.count' } });
    expect(events.at(-1)!.data).toMatchObject({ state: 'succeeded', result: { counted: 2 } });
    stream.close();
  });

  it('fans each event out to every connected client', async () => {
    const t = await startTestHost();
    const streams = [await openEvents(t), await openEvents(t)];
    t.hub.emit('workspace.changed', { path: '/x.sqlite' });
    for (const s of streams) expect(await s.until('event: workspace.changed\ndata: {"path":"/x.sqlite"}\n\n')).toBeTruthy();
    for (const s of streams) s.close();
  });

  it('sends keep-alive comments while idle', async () => {
    const t = await startTestHost({ limits: { sseKeepAliveMs: 20 } });
    const stream = await openEvents(t);
    expect(await stream.until(': keep-alive\n\n')).toMatch(/^: connected\n\n/);
    stream.close();
  });

  it('unsubscribes a client when it disconnects', async () => {
    const t = await startTestHost();
    const stream = await openEvents(t);
    expect(t.hub.subscriberCount).toBe(1);
    stream.close();
    await waitFor(() => t.hub.subscriberCount === 0);
    expect(t.hub.subscriberCount).toBe(0);
  });

  it('needs the token', async () => {
    const t = await startTestHost();
    const answer = await t.request('/events');
    expect(answer.status).toBe(401);
    expect(t.hub.subscriberCount).toBe(0);
  });
});
