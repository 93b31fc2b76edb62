// ESLint (flat config). `npm run lint` runs it, then knip (knip.jsonc); `npm test` starts with both.
// Besides the recommended JavaScript and TypeScript rules (not type-checked: they would cost a second
// compile), it holds the React hook rules and the import boundaries of DESIGN.md (README, "Linting").
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Paths below are relative to the repository, wherever ESLint is started.
const ROOT = import.meta.dirname;

/** Core kernels and shared files: any area may use them; they use no area. */
const KERNELS = ['members', 'db', 'files', 'jobs', 'charts', 'errors.ts', 'call-context.ts', 'audit.ts'];
/** Core areas in order: an area imports earlier areas only; areas of one step are siblings that never import each other. */
const AREA_STEPS = [['panel', 'recruitment'], ['surveys'], ['collection'], ['community'], ['analysis', 'health', 'bundles'], ['export']];
/** Renderer feature folders (renderer/src/features/<area>/), read from disk so a new area is held at once. */
const FEATURES = fs
  .readdirSync(path.join(ROOT, 'renderer/src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const core = (name) => `./main/core/${name}`;

/** Path boundaries, by resolved file (so aliases and relative paths are held alike). */
const zones = [
  {
    target: './main/core',
    from: ['./renderer', './preload', './main/shell', './main/host', './main/rpc', './main/index.ts'],
    message: 'The core is plain Node under the hosts: it never imports the renderer, a host or the Electron shell.',
  },
  {
    target: './renderer',
    from: './main',
    except: ['./api', './model'],
    message: 'The renderer imports only @api and @model from main/.',
  },
  {
    target: './main/model',
    from: ['./main', './renderer', './preload'],
    except: ['./model'],
    message: 'main/model is pure logic: it imports nothing from the rest of the app.',
  },
  {
    target: './main/api',
    from: ['./main', './renderer', './preload'],
    except: ['./api', './model'],
    message: 'The contract imports only main/model (the renderer imports it).',
  },
  {
    target: KERNELS.map(core),
    from: AREA_STEPS.flat().map(core),
    message: 'Core kernels (members, db, files, jobs, charts, errors, call-context, audit) never import an area.',
  },
  ...AREA_STEPS.flatMap((step, index) =>
    step.map((area) => ({
      target: core(area),
      from: './main/core',
      except: [...KERNELS, ...AREA_STEPS.slice(0, index).flat(), area].map((name) => `./${name}`),
      message: `core/${area} imports the kernels and earlier areas only (${AREA_STEPS.map((s) => s.join(' | ')).join(' → ')}).`,
    })),
  ),
  ...FEATURES.map((feature) => ({
    target: `./renderer/src/features/${feature}`,
    from: './renderer/src/features',
    except: [`./${feature}`, './feature.ts'],
    message: 'A feature folder imports neither another feature nor the registry that lists them.',
  })),
];

const electron = { name: 'electron', message: 'Only main/shell, main/index.ts and the preload import electron.' };
const electronPaths = { paths: [electron], patterns: [{ group: ['electron/*'], message: electron.message }] };
const sqlite = { name: 'sqlite3', message: 'SQLite is the core’s; this code reaches data through @api.' };

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', '.bench-tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(ROOT, 'tsconfig.json') })],
      // TypeScript modules too, so import-x/no-cycle follows them.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // A boundary rule passes an import it cannot resolve, so every import must resolve.
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }], 'no-restricted-imports': ['error', electronPaths] },
  },
  {
    files: ['main/host/**/*.ts', 'main/rpc/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', electronPaths] },
  },
  {
    // The sandboxed page and the code it shares: no Node, no Electron, no database driver.
    files: ['renderer/**/*.{ts,tsx}', 'main/model/**/*.ts', 'main/api/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', { ...electronPaths, paths: [electron, sqlite] }],
    },
  },
  {
    files: ['**/*.{mjs,cjs}', 'electron.vite.config.ts', 'test/**/*.{ts,mts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
