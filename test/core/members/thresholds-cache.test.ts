import { describe, expect, it } from 'vitest';
import { cachedUntilWrite } from '../../../main/core/members/thresholds-cache';
import { tempWorkspace } from '../../support/workspace';

describe('cachedUntilWrite', () => {
  it('asks the source again only after a write was committed', async () => {
    const ws = await tempWorkspace();
    let calls = 0;
    const cached = cachedUntilWrite(async () => ({ p25: ++calls, p75: 10 }));
    expect(await cached(ws.db.reader)).toEqual({ p25: 1, p75: 10 });
    expect(await cached(ws.db.reader)).toEqual({ p25: 1, p75: 10 });
    await ws.db.writer.transaction((tx) => tx.run("INSERT INTO tag (name, name_key, created_at) VALUES ('a', 'a', 'x')"));
    expect(await cached(ws.db.reader)).toEqual({ p25: 2, p75: 10 });
    expect(await cached(ws.db.reader)).toEqual({ p25: 2, p75: 10 });
    expect(calls).toBe(2);
    await ws.close();
  });
});
