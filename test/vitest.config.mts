import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');
const alias = {
  '@api': resolve(root, 'main/api'),
  '@model': resolve(root, 'main/model'),
  '@renderer': resolve(root, 'renderer/src'),
};

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    pool: 'forks',
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/core/**/*.test.ts', 'test/host/**/*.test.ts', 'test/model/**/*.test.ts', 'test/rpc/**/*.test.ts', 'test/shell/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          pool: 'forks',
          // Many renderer tests drive a real core (a workspace in a temp file): on two busy cores a few take over 5 s.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // One Chromium at a time on two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
