import { describe, expect, it } from 'vitest';
import { createSseParser } from '@renderer/api/sse-parser';

describe('createSseParser', () => {
  it('reads named events with JSON data', () => {
    const parser = createSseParser();
    expect(parser.push('event: job.progress\ndata: {"id":"j1"}\n\nevent: workspace.changed\ndata: {"path":"/a"}\n\n')).toEqual([
      { event: 'job.progress', data: '{"id":"j1"}' },
      { event: 'workspace.changed', data: '{"path":"/a"}' },
    ]);
  });

  it('joins events split across chunks at any point', () => {
    const text = 'event: workspace.changed\r\ndata: {"path":"/a"}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = createSseParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual([{ event: 'workspace.changed', data: '{"path":"/a"}' }]);
    }
  });

  it('skips comments (keep-alives) and joins multi-line data', () => {
    const parser = createSseParser();
    expect(parser.push(': connected\n\n: keep-alive\n\ndata: line 1\ndata:line 2\n\n')).toEqual([{ event: 'message', data: 'line 1\nline 2' }]);
  });

  it('keeps an incomplete event until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('event: a\ndata: 1\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'a', data: '1' }]);
  });

  it('accepts lone CR line ends (a final CR waits: it may start a CRLF)', () => {
    const parser = createSseParser();
    expect(parser.push('event: a\rdata: 1\r\revent: b\rdata: 2\r\r')).toEqual([{ event: 'a', data: '1' }]);
    expect(parser.push('event: c\r')).toEqual([{ event: 'b', data: '2' }]);
  });
});
