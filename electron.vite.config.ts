import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, withCspMeta } from './main/shell/content-security-policy';

const shared = { '@api': resolve('main/api'), '@model': resolve('main/model') };

/** Fills renderer/index.html's CSP meta tag from the policy the hosts send as a header (the dev server's variant in `electron-vite dev`). */
const cspMeta = (): Plugin => ({
  name: 'workbench-csp-meta',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, { server }) => {
      const devServerUrl = server ? (process.env.ELECTRON_RENDERER_URL ?? server.resolvedUrls?.local[0] ?? null) : null;
      return withCspMeta(html, contentSecurityPolicy({ devServerUrl, delivery: 'meta' }));
    },
  },
});

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          // Electron main process: lifecycle, window, IPC relay.
          index: resolve('main/index.ts'),
          // The core, run by Electron in a utilityProcess.
          core: resolve('main/rpc/core-process.ts'),
          // The browser host (npm run serve): plain Node, never requires electron.
          serve: resolve('main/host/serve.ts'),
        },
      },
    },
  },
  preload: {
    build: { outDir: 'out/preload', rolldownOptions: { input: { index: resolve('preload/index.ts') } } },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias: { ...shared, '@renderer': resolve('renderer/src') } },
    plugins: [react(), cspMeta()],
    build: { outDir: resolve('out/renderer'), minify: true, rolldownOptions: { input: resolve('renderer/index.html') } },
  },
});
