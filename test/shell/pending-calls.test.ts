import { describe, expect, it } from 'vitest';
import { PendingCalls } from '../../main/shell/pending-calls';

describe('PendingCalls', () => {
  it('matches each reply to its call by id, in any order', async () => {
    const pending = new PendingCalls();
    const first = pending.open();
    const second = pending.open();
    expect(first.id).not.toBe(second.id);
    expect(pending.settle(second.id, { ok: true, data: 'two' })).toBe(true);
    expect(pending.settle(first.id, { ok: true, data: 'one' })).toBe(true);
    await expect(first.reply).resolves.toEqual({ ok: true, data: 'one' });
    await expect(second.reply).resolves.toEqual({ ok: true, data: 'two' });
    expect(pending.size).toBe(0);
  });

  it('ignores a reply nobody waits for', () => {
    const pending = new PendingCalls();
    const { id } = pending.open();
    expect(pending.settle(id + 1, { ok: true, data: null })).toBe(false);
    expect(pending.settle(id, { ok: true, data: null })).toBe(true);
    expect(pending.settle(id, { ok: true, data: null })).toBe(false);
  });

  it('answers every waiting call when the core stops', async () => {
    const pending = new PendingCalls();
    const calls = [pending.open(), pending.open()];
    const error = { code: 'INTERNAL' as const, message: 'The workbench core stopped.' };
    pending.failAll(error);
    for (const call of calls) await expect(call.reply).resolves.toEqual({ ok: false, error });
    expect(pending.size).toBe(0);
  });
});
