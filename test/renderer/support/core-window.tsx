import { act } from 'react';
import { afterAll } from 'vitest';
import type { WorkbenchBridge } from '@api/bridge';
import { ApiProvider } from '@renderer/api/api-context';
import { createApiClient, type ApiClient } from '@renderer/api/client';
import { bridgeTransport } from '@renderer/api/transport';
import { AppShell } from '@renderer/shell/app-shell';
import { render, settle } from './render';

// Loaded by path: the core is Node code, type-checked with the node project, never part of the renderer's.
const CORE_BRIDGE = '../../support/core-bridge';
type CoreBridgeModule = { startCoreBridge(options?: { allowedDirs?: 'home' | null }): Promise<{ bridge: WorkbenchBridge; close(): Promise<void> }> };

// Closed once the file's windows are gone (each test's core is its own session and workspace).
const running: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of running.splice(0)) await close();
});

/**
 * A real core on a new, empty workspace, and the real API client over the bridge the Electron
 * preload exposes: the tests set up their data with it and the window calls through it. With
 * `allowedDirs: null` it takes paths anywhere (a file another test core wrote).
 */
export async function startCore(options: { allowedDirs?: 'home' | null } = {}): Promise<ApiClient> {
  const { startCoreBridge } = (await import(/* @vite-ignore */ CORE_BRIDGE)) as CoreBridgeModule;
  const core = await startCoreBridge(options);
  running.push(core.close);
  return createApiClient(bridgeTransport(core.bridge));
}

/** The whole window at a route, talking to that core. */
export async function renderCoreWindow(hash: string, client: ApiClient) {
  window.location.hash = hash;
  const root = await render(
    <ApiProvider client={client}>
      <AppShell />
    </ApiProvider>,
  );
  await settle();
  return root;
}

type Found<T> = T | null | undefined | false;

/** Waits (letting the core's I/O and the renders it causes run) until `found` gives something, or fails after `ms`. */
export async function waitFor<T>(found: () => Found<T> | Promise<Found<T>>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await found();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Still waiting after ${ms} ms for ${found.toString()}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}
