export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Incremental parser for a text/event-stream body (the WHATWG event stream format): feed it
 * decoded chunks as they arrive, in any split, and it returns the complete events.
 */
export function createSseParser(): { push(chunk: string): ServerSentEvent[] } {
  let pending = '';
  let event = '';
  let data: string[] = [];

  const takeLine = (line: string, out: ServerSentEvent[]) => {
    if (line === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (line.startsWith(':')) return; // a comment, e.g. a keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(chunk) {
      const text = pending + chunk;
      // A trailing "\r" may be the first half of "\r\n": hold it back until the next chunk.
      const heldCr = text.endsWith('\r');
      const lines = (heldCr ? text.slice(0, -1) : text).split(/\r\n|\r|\n/);
      pending = (lines.pop() ?? '') + (heldCr ? '\r' : '');
      const out: ServerSentEvent[] = [];
      for (const line of lines) takeLine(line, out);
      return out;
    },
  };
}
