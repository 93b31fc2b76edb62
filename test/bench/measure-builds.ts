import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { MEASURE_PROTOCOL, type MeasureCommand, type MeasureOptions } from './measure-commands';
import type { Measurement } from './measurement';

const BENCH_DIR = 'test/bench';
const CONFIG = `${BENCH_DIR}/vite.config.mts`;
const ENTRY = `${BENCH_DIR}/measure.ts`;
const OUT_DIR = 'out/bench-measure';
/** The bench config names its entry run.js, whichever entry --ssr picks. */
const OUT_FILE = `${OUT_DIR}/run.js`;
/** Ignored by git (.gitignore), and by a fresh clone too: it ignores itself. */
const TMP_DIR = '.bench-tmp';

/** The measure CLI built from one tree. */
export interface MeasureBuild {
  side: 'current' | 'baseline';
  /** The tree's root and commit (the current tree may have uncommitted changes: it is what is measured). */
  root: string;
  sha: string;
  script: string;
  /** Whose bench files the CLI was built from: the current ones laid over the tree, or the tree's own. */
  benchFiles: 'current' | 'baseline';
}

export interface Builds {
  /** The revision as given (BENCH_BASELINE or --baseline). */
  rev: string;
  current: MeasureBuild;
  baseline: MeasureBuild;
  /** Removes the baseline's temporary worktree. */
  remove(): void;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** What a failed child process said on stderr (execFileSync keeps it on the error), without its colours. */
const stderrOf = (err: unknown) => stripVTControlCharacters(String((err as { stderr?: Buffer | string }).stderr ?? messageOf(err))).trim();

/** Builds the measure CLI of the tree at root with that tree's own bench Vite config, so it bundles that tree's core. */
function buildMeasureCli(root: string): string {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  try {
    execFileSync(process.execPath, [vite, 'build', '--config', CONFIG, '--ssr', ENTRY, '--outDir', OUT_DIR, '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(`Building ${ENTRY} in ${root} failed:\n${stderrOf(err)}`, { cause: err });
  }
  return path.join(root, OUT_FILE);
}

/** Runs a command of a build's measure CLI on a fixture file; the child's progress goes to this process's stderr. */
export function runMeasure<C extends MeasureCommand>(build: MeasureBuild, command: C, fixture: string, options: MeasureOptions<C>): Promise<Measurement[]> {
  return new Promise((resolve, reject) => {
    // With this process's flags: the bench's --expose-gc and the core's V8 flags.
    const child = spawn(process.execPath, [...process.execArgv, build.script, command, fixture, JSON.stringify(options ?? {})], {
      cwd: build.root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject).on('close', (code) => {
      if (code !== 0) reject(new Error(`The ${build.side} build (${build.sha.slice(0, 12)}) failed on ${command} ${fixture} (exit code ${code}); its error is above.`));
      else resolve(out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Measurement));
    });
  });
}

/** Removes a worktree left here, the node_modules link first so that nothing follows it into the real install. */
function removeWorktree(root: string, tree: string): void {
  const link = path.join(tree, 'node_modules');
  if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(link);
  try {
    git(root, ['worktree', 'remove', '--force', tree]);
  } catch {
    // Not a registered worktree (any more): the folder alone is left.
  }
  fs.rmSync(tree, { recursive: true, force: true });
}

/**
 * The baseline's measure CLI: the revision checked out into a temporary worktree (node_modules
 * linked), the current bench files laid over its own (its Vite config stays), built there. So the
 * same bench code measures the baseline's core. Where that does not build (the bench files use
 * something the baseline's core lacks), the baseline's own bench files are used if they have the
 * measure CLI; otherwise the comparison is unsupported.
 */
function buildBaseline(root: string, rev: string, sha: string, tree: string): MeasureBuild {
  const unsupported = (why: string) => new Error(`Comparing with ${rev} (${sha.slice(0, 12)}) is unsupported: ${why}`);
  git(root, ['worktree', 'add', '--force', '--detach', tree, sha]);
  fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(tree, 'node_modules'), 'dir');
  if (!fs.existsSync(path.join(tree, CONFIG))) throw unsupported(`it has no ${CONFIG}.`);
  const build = (benchFiles: MeasureBuild['benchFiles']): MeasureBuild => ({ side: 'baseline', root: tree, sha, script: buildMeasureCli(tree), benchFiles });
  fs.cpSync(path.join(root, BENCH_DIR), path.join(tree, BENCH_DIR), { recursive: true, filter: (src) => !src.endsWith('vite.config.mts') });
  try {
    return build('current');
  } catch (overlaid) {
    git(tree, ['checkout', '--', BENCH_DIR]);
    git(tree, ['clean', '-fdq', '--', BENCH_DIR]);
    if (!fs.existsSync(path.join(tree, ENTRY))) {
      throw unsupported(`the current bench files do not build against its core, and its own have no measure CLI (${ENTRY}).\n${messageOf(overlaid)}`);
    }
    try {
      return build('baseline');
    } catch (own) {
      throw unsupported(`neither the current bench files nor its own build there.\n${messageOf(overlaid)}\n${messageOf(own)}`);
    }
  }
}

/** The measure CLI built from the current tree (with any uncommitted changes), for measurements that each want a fresh process. */
export function currentBuild(): MeasureBuild {
  const root = git(process.cwd(), ['rev-parse', '--show-toplevel']);
  return { side: 'current', root, sha: git(root, ['rev-parse', 'HEAD']), script: buildMeasureCli(root), benchFiles: 'current' };
}

/** Builds the measure CLI from the current tree and from the baseline revision, and checks that both speak this protocol. */
export async function prepareBuilds(rev: string): Promise<Builds> {
  const root = git(process.cwd(), ['rev-parse', '--show-toplevel']);
  let sha: string;
  try {
    sha = git(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`]);
  } catch (err) {
    throw new Error(`The baseline ${rev} is not a commit of this repository: ${stderrOf(err)}`, { cause: err });
  }
  const tmp = path.join(root, TMP_DIR);
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(tmp, '.gitignore'), '*\n');
  const tree = path.join(tmp, `baseline-${sha.slice(0, 12)}`);
  removeWorktree(root, tree);
  const remove = () => removeWorktree(root, tree);
  try {
    const current = currentBuild();
    const baseline = buildBaseline(root, rev, sha, tree);
    for (const build of [current, baseline]) {
      const [answer] = await runMeasure(build, 'protocol', '', undefined);
      if (answer?.version !== MEASURE_PROTOCOL) {
        throw new Error(`Comparing with ${rev} is unsupported: its measure CLI speaks protocol ${answer?.version}, this one ${MEASURE_PROTOCOL}.`);
      }
    }
    return { rev, current, baseline, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
