import fs from 'node:fs';
import path from 'node:path';
import { chooseWorkspace, startCore, type Core } from '../rpc/start-core';
import { EventHub } from './event-hub';
import { resolveServeConfig, UsageError, USAGE, type ServeConfig } from './serve-config';
import { startBrowserHost, type BrowserHost } from './server';

// `npm run serve` entry (out/main/serve.js): the browser host alone, plain Node, no Electron.

const DEMO_PROGRESS_INTERVAL_MS = 2000;

const say = (line: string) => process.stderr.write(`${line}\n`);

const appVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** The folders whose files methods may name: the workspace's, the workspaces folder, each --allow-dir. */
function allowedDirs(config: ServeConfig, workspace: string): string[] {
  const workspacesDir = path.join(config.homeDir, 'workspaces');
  return [...new Set([path.dirname(workspace), workspacesDir, ...config.allowDirs])];
}

async function waitForDemo(core: Core, jobId: string): Promise<void> {
  say('Filling the workspace with the demo community…');
  let job = await core.session.jobs.wait(jobId, DEMO_PROGRESS_INTERVAL_MS);
  while (job.state === 'running') {
    say(`  ${job.progress.done}${job.progress.total === null ? '' : ` of ${job.progress.total}`}`);
    job = await core.session.jobs.wait(jobId, DEMO_PROGRESS_INTERVAL_MS);
  }
  if (job.state !== 'succeeded') say(`The demo community could not be generated (${job.error?.message ?? job.state}); the workspace stays without it.`);
}

function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    // A second Ctrl+C means the clean close is taking too long for the user.
    if (stopping) process.exit(1);
    stopping = true;
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        say(`The workbench did not close cleanly: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
}

async function listen(core: Core, hub: EventHub, config: ServeConfig): Promise<BrowserHost> {
  try {
    return await startBrowserHost({
      dispatch: core.dispatch,
      hub,
      transfers: core.session.transfers,
      port: config.port,
      token: config.token,
      rendererDir: path.join(__dirname, '../renderer'),
    });
  } catch (err) {
    await core.shutdown();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${config.port} is already in use. Choose another with --port <p> (0 picks a free one).`, { cause: err });
    }
    throw err;
  }
}

async function serve(config: ServeConfig): Promise<void> {
  // The hub exists before the core so no event of the first workspace is lost.
  const hub = new EventHub();
  // Chosen here too, so that its folder joins the allowed ones.
  const workspace = chooseWorkspace(config.homeDir, config.workspace);
  const core = await startCore({
    host: 'browser',
    version: appVersion(),
    homeDir: config.homeDir,
    allowedDirs: allowedDirs(config, workspace),
    emit: hub.emit,
    workspace,
    demoIfCreated: config.demo,
  });
  let host: BrowserHost | null = null;
  stopOnSignals(async () => {
    await host?.close();
    await core.shutdown();
    await core.session.transfers.dispose();
  });
  host = await listen(core, hub, config);
  if (core.demoJobId) await waitForDemo(core, core.demoJobId);
  else if (config.demo) say('--demo ignored: the workspace already exists.');
  say(`Workspace: ${core.session.workspace.path}`);
  process.stdout.write(`Workbench ready at ${host.url}\n`);
}

function main(): void {
  let config: ServeConfig;
  try {
    config = resolveServeConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (config.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  serve(config).catch((err: unknown) => {
    say(`Cannot start the workbench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}

main();
