import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5177;
/** Same folder name as Electron's userData, so both hosts share settings, workspaces and locks. */
export const APP_FOLDER = 'insight-community-workbench';

export const USAGE = `Usage: npm run serve -- [options]

Serves the workbench to a browser on this machine (http://127.0.0.1 only).

Options:
  --port <p>          port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --workspace <file>  workspace to open, created if missing (a .sqlite file)
  --demo              fill a newly created --workspace with the demo community
  --allow-dir <dir>   a further folder whose files the workbench may use (repeatable)
  -h, --help          show this help

Environment:
  WORKBENCH_TOKEN     access token (default: a fresh random one per launch)
  WORKBENCH_HOME      user-data folder (default: $XDG_CONFIG_HOME or ~/.config, + /${APP_FOLDER})`;

/** Wrong command-line use: the message says what to change; the process exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ServeConfig {
  help: boolean;
  port: number;
  /** Absolute path, or null for the most recent / default workspace. */
  workspace: string | null;
  demo: boolean;
  /** Absolute paths of existing folders. */
  allowDirs: string[];
  token: string;
  homeDir: string;
}

/** Characters of an RFC 6750 bearer token, which also survive in a URL hash unescaped. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/-]+=*$/;

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65_535)) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

function defaultHomeDir(env: NodeJS.ProcessEnv): string {
  const config = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(os.homedir(), '.config');
  return path.join(config, APP_FOLDER);
}

function parseToken(env: NodeJS.ProcessEnv): string {
  const token = env.WORKBENCH_TOKEN;
  if (token === undefined || token === '') return randomBytes(32).toString('hex');
  if (!TOKEN_PATTERN.test(token)) throw new UsageError('WORKBENCH_TOKEN may contain only letters, digits and . _ ~ + / - (then optional =).');
  return token;
}

const parseCommandLine = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        workspace: { type: 'string' },
        demo: { type: 'boolean', default: false },
        'allow-dir': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
};

/** Command line and environment of `npm run serve`, checked; throws UsageError. */
export function resolveServeConfig(argv: string[], env: NodeJS.ProcessEnv): ServeConfig {
  const values = parseCommandLine(argv);
  // npm runs scripts in the package folder; relative paths mean the folder the user typed them in.
  const cwd = env.INIT_CWD ?? process.cwd();
  const workspace = values.workspace === undefined ? null : path.resolve(cwd, values.workspace);
  if (workspace !== null && !workspace.endsWith('.sqlite')) throw new UsageError(`--workspace must name a .sqlite file, not "${values.workspace}".`);
  if (values.demo && workspace === null) throw new UsageError('--demo fills a new workspace: give it with --workspace <file>.');
  const allowDirs = values['allow-dir'].map((dir) => {
    const abs = path.resolve(cwd, dir);
    if (!fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--allow-dir ${dir}: no such folder.`);
    return abs;
  });
  return {
    help: values.help,
    port: parsePort(values.port),
    workspace,
    demo: values.demo,
    allowDirs,
    token: parseToken(env),
    homeDir: env.WORKBENCH_HOME ? path.resolve(cwd, env.WORKBENCH_HOME) : defaultHomeDir(env),
  };
}
