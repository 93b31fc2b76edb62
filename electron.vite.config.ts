import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const shared = { '@api': resolve('main/api'), '@model': resolve('main/model') };

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
    plugins: [react()],
    build: { outDir: resolve('out/renderer'), minify: true, rolldownOptions: { input: resolve('renderer/index.html') } },
  },
});
