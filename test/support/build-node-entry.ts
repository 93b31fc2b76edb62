import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles one TS entry into a CommonJS file that Node runs directly, e.g. as a child process in a
 * test. SSR mode keeps node_modules external (the sqlite3 addon loads from node_modules, so put
 * the output under the repo, e.g. out/test/), the aliases are the app build's, and
 * `import.meta.glob` bundles the SQL migrations. Answers the output's absolute path.
 */
export async function buildNodeEntry(entry: string, outFile: string): Promise<string> {
  const output = path.resolve(root, outFile);
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: { '@api': path.join(root, 'main/api'), '@model': path.join(root, 'main/model') } },
    build: {
      ssr: path.resolve(root, entry),
      outDir: path.dirname(output),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      // The package is "type": "commonjs", so a .js output must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: path.basename(output) } },
    },
  });
  return output;
}
