import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '@renderer/api/http-transport';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch that records requests and answers from a function. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push({ url: String(input), init });
    return answer(String(input), init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

/** An event stream whose chunks the test pushes; close() ends it as a dropped connection would. */
function controllableStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

describe('createHttpTransport: calls', () => {
  it('posts the input as JSON with the bearer token', async () => {
    const { fetch, requests } = fakeFetch(() => json({ ok: true, data: { name: 'Mei' } }));
    const transport = createHttpTransport({ token: 'secret', fetch, baseUrl: 'http://127.0.0.1:5177' });
    await expect(transport.call('profile.set', { name: 'Mei' })).resolves.toEqual({ ok: true, data: { name: 'Mei' } });
    expect(requests).toHaveLength(1);
    const [{ url, init }] = requests as [{ url: string; init: RequestInit }];
    expect(url).toBe('http://127.0.0.1:5177/rpc/profile.set');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer secret', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"name":"Mei"}');
  });

  it('reads an error Result whatever the HTTP status', async () => {
    const error = { code: 'CONFLICT', message: 'exists', key: 'errors.fileExists', params: { path: '/a.sqlite' } };
    const { fetch } = fakeFetch(() => json({ ok: false, error }, 409));
    await expect(createHttpTransport({ token: 't', fetch }).call('workspace.backup', { path: '/a.sqlite' })).resolves.toEqual({ ok: false, error });
  });

  it('turns a body that is not a Result into a translatable error', async () => {
    const { fetch } = fakeFetch(() => new Response('Bad gateway', { status: 502 }));
    await expect(createHttpTransport({ token: 't', fetch }).call('workspace.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', key: 'errors.badResponse', params: { status: 502 } },
    });
  });

  it('reports a host that cannot be reached', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(createHttpTransport({ token: 't', fetch }).call('workspace.info', {})).resolves.toMatchObject({
      ok: false,
      error: { key: 'errors.hostUnreachable' },
    });
  });
});

describe('createHttpTransport: events', () => {
  it('reads one event stream for all listeners, with the token in a header', async () => {
    const stream = controllableStream();
    const { fetch, requests } = fakeFetch(() => stream.response);
    const transport = createHttpTransport({ token: 'secret', fetch });
    const changed = vi.fn();
    const progress = vi.fn();
    transport.on('workspace.changed', changed);
    transport.on('job.progress', progress);
    stream.push(': connected\n\nevent: workspace.changed\ndata: {"path":"/w.sqlite"}\n\nevent: job.pro');
    stream.push('gress\ndata: {"id":"j1"}\n\n');
    await vi.waitFor(() => expect(progress).toHaveBeenCalledWith({ id: 'j1' }));
    expect(changed).toHaveBeenCalledWith({ path: '/w.sqlite' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('/events');
    expect(requests[0]!.init.headers).toMatchObject({ Authorization: 'Bearer secret' });
  });

  it('reconnects after the stream drops and asks listeners to resync each time it connects', async () => {
    const streams = [controllableStream(), controllableStream()];
    let next = 0;
    const { fetch } = fakeFetch(() => streams[next++]!.response);
    const transport = createHttpTransport({ token: 't', fetch, backoff: { firstMs: 1, maxMs: 5 } });
    const resync = vi.fn();
    const changed = vi.fn();
    transport.onResync(resync);
    transport.on('workspace.changed', changed);
    await vi.waitFor(() => expect(resync).toHaveBeenCalledTimes(1));
    streams[0]!.close();
    await vi.waitFor(() => expect(resync).toHaveBeenCalledTimes(2));
    streams[1]!.push('event: workspace.changed\ndata: {"path":"/b.sqlite"}\n\n');
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith({ path: '/b.sqlite' }));
  });

  it('closes the stream when the last listener leaves', async () => {
    const stream = controllableStream();
    const { fetch, requests } = fakeFetch(() => stream.response);
    const off = createHttpTransport({ token: 't', fetch }).on('workspace.changed', () => undefined);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    off();
    expect((requests[0]!.init.signal as AbortSignal).aborted).toBe(true);
  });
});
