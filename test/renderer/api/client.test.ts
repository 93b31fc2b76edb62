import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api';
import { createApiClient } from '@renderer/api/client';
import type { Transport } from '@renderer/api/transport';

const transportAnswering = (answer: Awaited<ReturnType<Transport['call']>>): Transport & { calls: unknown[][] } => {
  const calls: unknown[][] = [];
  return {
    calls,
    call: async (method, input) => {
      calls.push([method, input]);
      return answer;
    },
    on: () => () => undefined,
    onResync: () => () => undefined,
  };
};

describe('createApiClient', () => {
  it('resolves with the data of an ok Result', async () => {
    const transport = transportAnswering({ ok: true, data: { name: 'Mei' } });
    await expect(createApiClient(transport).call('profile.get', {})).resolves.toEqual({ name: 'Mei' });
    expect(transport.calls).toEqual([['profile.get', {}]]);
  });

  it('rejects with an ApiError carrying the Result error', async () => {
    const error = { code: 'LOCKED' as const, message: 'Open elsewhere', key: 'errors.workspaceLocked', params: { pid: 42, since: '2026-01-01T00:00:00Z' } };
    const rejection = createApiClient(transportAnswering({ ok: false, error })).call('workspace.open', { path: '/w.sqlite' });
    await expect(rejection).rejects.toBeInstanceOf(ApiError);
    await expect(rejection).rejects.toMatchObject(error);
  });
});
