import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm run bench` builds the runner into one CommonJS bundle for Node (SSR mode: node_modules such
 * as the sqlite3 addon stay external; `import.meta.glob` bundles the SQL migrations). Same as
 * test/support/build-node-entry.ts, kept self-contained so Vite's config loader needs no TS imports.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  resolve: { alias: { '@api': resolve(root, 'main/api'), '@model': resolve(root, 'main/model') } },
  build: {
    ssr: resolve(root, 'test/bench/run.ts'),
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'run.js' } },
  },
});
