// The offline survey pack: one HTML file with everything inlined (vite-plugin-singlefile), which
// packs.export fills with a published version. `npm run build` builds it into out/pack/pack.html.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Beside electron.vite.config.ts: a build's config is Node code, kept out of the renderer's folders.
const ROOT = import.meta.dirname;

export default defineConfig({
  root: resolve(ROOT, 'renderer/pack'),
  base: './',
  resolve: { alias: { '@api': resolve(ROOT, 'main/api'), '@model': resolve(ROOT, 'main/model'), '@renderer': resolve(ROOT, 'renderer/src') } },
  plugins: [react(), viteSingleFile()],
  build: { outDir: resolve(ROOT, 'out/pack'), emptyOutDir: true, minify: true, rolldownOptions: { input: resolve(ROOT, 'renderer/pack/pack.html') } },
  logLevel: 'warn',
});
