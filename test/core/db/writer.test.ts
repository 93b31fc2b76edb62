import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../support/workspace';

const insertTag = (name: string) => ['INSERT INTO tag (name, name_key, created_at) VALUES (?, ?, ?)', [name, name, '2026-01-01T00:00:00Z']] as const;

describe('writer queue', () => {
  it('runs 50 concurrent writing transactions without losing one or nesting transactions', async () => {
    const ws = await tempWorkspace();
    const { writer, reader } = ws.db;
    // Each transaction awaits between its statements, which would interleave without the queue.
    const writes = Array.from({ length: 50 }, (_, i) =>
      writer.transaction(async (tx) => {
        await tx.run(...insertTag(`tag-${i}`));
        await new Promise((r) => setImmediate(r));
        const { n } = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM tag'))!;
        await tx.run('UPDATE tag SET color = ? WHERE name = ?', [`#${String(n).padStart(6, '0')}`, `tag-${i}`]);
        return n;
      }),
    );
    const seen = await Promise.all(writes);
    expect(new Set(seen).size).toBe(50);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await reader.get<{ n: number }>('SELECT count(*) AS n FROM tag'))!.n).toBe(50);
    await ws.close();
  });

  it('rolls back a failed transaction and keeps serving the next ones', async () => {
    const ws = await tempWorkspace();
    const failing = ws.db.writer.transaction(async (tx) => {
      await tx.run(...insertTag('kept-out'));
      throw new Error('boom');
    });
    const next = ws.db.writer.transaction((tx) => tx.run(...insertTag('after')));
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(await ws.db.reader.all('SELECT name FROM tag')).toEqual([{ name: 'after' }]);
    await ws.close();
  });

  it('turns a transaction opened inside another into a savepoint instead of deadlocking', async () => {
    const ws = await tempWorkspace();
    await ws.db.writer.transaction(async (tx) => {
      await tx.run(...insertTag('outer'));
      await ws.db.writer.transaction((inner) => inner.run(...insertTag('inner')));
      await ws.db.writer
        .transaction(async (inner) => {
          await inner.run(...insertTag('inner-failed'));
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    const names = await ws.db.reader.all<{ name: string }>('SELECT name FROM tag ORDER BY id');
    expect(names.map((n) => n.name)).toEqual(['outer', 'inner']);
    await ws.close();
  });

  it('never lets the reader see uncommitted rows', async () => {
    const ws = await tempWorkspace();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const open = ws.db.writer.transaction(async (tx) => {
      await tx.run(...insertTag('pending'));
      await gate;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await ws.db.reader.all('SELECT * FROM tag')).toEqual([]);
    release();
    await open;
    expect(await ws.db.reader.all('SELECT name FROM tag')).toEqual([{ name: 'pending' }]);
    await ws.close();
  });

  it('refuses writes on the read-only reader', async () => {
    const ws = await tempWorkspace();
    await expect(ws.db.reader.run(...insertTag('x'))).rejects.toThrow(/readonly|read-only/i);
    await ws.close();
  });

  it('runs statements without parameters as one transaction: all of them, or none when one fails, in queue order', async () => {
    const ws = await tempWorkspace();
    const { writer, reader } = ws.db;
    const tag = (name: string) => `INSERT INTO tag (name, name_key, created_at) VALUES ('${name}', '${name}', '2026-01-01T00:00:00Z')`;
    const before = writer.transaction((tx) => tx.run(...insertTag('first')));
    const both = writer.execTransaction(`${tag('second')};\n${tag('third')}`);
    // The second statement breaks the tag name's uniqueness: the first one is not kept either.
    const failing = writer.execTransaction(`${tag('fourth')};\n${tag('first')}`);
    const after = writer.execTransaction(tag('fifth'));
    await Promise.all([before, both]);
    await expect(failing).rejects.toThrow(/UNIQUE constraint failed/);
    await after;
    expect((await reader.all<{ name: string }>('SELECT name FROM tag ORDER BY id')).map((t) => t.name)).toEqual(['first', 'second', 'third', 'fifth']);
    await expect(writer.transaction(() => writer.execTransaction(tag('nested')))).rejects.toThrow(/inside a transaction/);
    await ws.close();
  });
});
