import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_FOLDER, DEFAULT_PORT, resolveServeConfig, UsageError } from '../../main/host/serve-config';
import { tempDir } from '../support/temp-dir';

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ INIT_CWD: '/work/here', ...extra });

describe('npm run serve arguments', () => {
  it('has defaults: fixed port, no workspace, a fresh 32-byte hex token, ~/.config home', () => {
    const a = resolveServeConfig([], env());
    const b = resolveServeConfig([], env());
    expect(a).toMatchObject({ help: false, port: DEFAULT_PORT, workspace: null, demo: false, allowDirs: [], homeDir: path.join(os.homedir(), '.config', APP_FOLDER) });
    expect(a.token).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token).not.toBe(b.token);
  });

  it('reads every option, resolving relative paths against the folder npm was started in', () => {
    const extra = tempDir();
    const config = resolveServeConfig(['--port', '0', '--workspace', 'study/w.sqlite', '--demo', '--allow-dir', extra, '--allow-dir', extra], env());
    expect(config).toMatchObject({ port: 0, workspace: '/work/here/study/w.sqlite', demo: true, allowDirs: [extra, extra] });
  });

  it('takes the token and home folder from the environment', () => {
    const config = resolveServeConfig([], env({ WORKBENCH_TOKEN: 'automation-token', WORKBENCH_HOME: '/srv/wb', XDG_CONFIG_HOME: '/ignored' }));
    expect(config).toMatchObject({ token: 'automation-token', homeDir: '/srv/wb' });
    expect(resolveServeConfig([], env({ XDG_CONFIG_HOME: '/xdg' })).homeDir).toBe(path.join('/xdg', APP_FOLDER));
  });

  it.each([
    [['--port', 'abc'], /--port/],
    [['--port', '65536'], /--port/],
    [['--port', '-1'], /port/],
    [['--port'], /--port/],
    [['--workspace', 'w.db'], /\.sqlite/],
    [['--demo'], /--workspace/],
    [['--allow-dir', '/no/such/folder/anywhere'], /no such folder/],
    [['--verbose'], /--verbose/],
    [['extra'], /extra/],
  ])('refuses %j with a UsageError naming the problem', (argv, message) => {
    expect(() => resolveServeConfig(argv, env())).toThrow(UsageError);
    expect(() => resolveServeConfig(argv, env())).toThrow(message);
  });

  it('refuses a WORKBENCH_TOKEN that cannot travel in a header or URL', () => {
    expect(() => resolveServeConfig([], env({ WORKBENCH_TOKEN: 'has space' }))).toThrow(UsageError);
    expect(() => resolveServeConfig([], env({ WORKBENCH_TOKEN: 'a#b' }))).toThrow(/WORKBENCH_TOKEN/);
  });
});
