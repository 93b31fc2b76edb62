import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepTempFiles } from '../../../main/core/files/owned-files';
import { safeWrite } from '../../../main/core/files/safe-writer';
import { tempDir } from '../../support/temp-dir';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const namesIn = (dir: string) => fs.readdirSync(dir).sort();

/** Resolves once this process's writer has created its temporary file in dir, i.e. it is consuming the stream. */
async function untilWriting(dir: string): Promise<void> {
  const ours = new RegExp(`\\.${process.pid}-[0-9a-f]{8}\\.icw-tmp$`);
  while (!fs.readdirSync(dir).some((name) => ours.test(name))) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('safeWrite', () => {
  it('writes bytes, a stream or a copy, creating the folder, and leaves only the target', async () => {
    const dir = tempDir();
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.from(`row ${i},Ünïcödé 数据 данные\n`));
    const target = path.join(dir, 'exports', 'big.csv');
    expect(await safeWrite(target, { stream: Readable.from(chunks) })).toEqual({ path: target, sizeBytes: Buffer.concat(chunks).length });
    expect(fs.readFileSync(target).equals(Buffer.concat(chunks))).toBe(true);
    await safeWrite(path.join(dir, 'exports', 'small.txt'), { bytes: 'hello' });
    await safeWrite(path.join(dir, 'exports', 'copy.csv'), { copyOf: target });
    expect(fs.readFileSync(path.join(dir, 'exports', 'copy.csv')).equals(Buffer.concat(chunks))).toBe(true);
    expect(namesIn(path.join(dir, 'exports'))).toEqual(['big.csv', 'copy.csv', 'small.txt']);
  });

  it('leaves nothing under the target name, and no temporary file, when the stream fails', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'export.csv');
    const source = new PassThrough();
    const writing = safeWrite(target, { stream: source });
    source.write('the first half of an export\n');
    await untilWriting(dir);
    source.destroy(new Error('the database went away'));
    await expect(writing).rejects.toMatchObject({ code: 'FORBIDDEN', extra: { key: 'errors.cannotWrite' } });
    expect(namesIn(dir)).toEqual([]);
  });

  it('keeps the old file whole when a replacing write fails', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'export.csv');
    fs.writeFileSync(target, 'last week');
    const source = new PassThrough();
    const writing = safeWrite(target, { stream: source }, { replace: true });
    source.write('this week, partly');
    await untilWriting(dir);
    source.destroy(new Error('broken'));
    await expect(writing).rejects.toThrow();
    expect(namesIn(dir)).toEqual(['export.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('last week');
  });

  it('stops on cancel with CANCELLED and leaves nothing', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const source = new PassThrough();
    const writing = safeWrite(path.join(dir, 'bundle.zip'), { stream: source }, { signal: controller.signal });
    source.write(Buffer.alloc(1000));
    await untilWriting(dir);
    controller.abort();
    await expect(writing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(namesIn(dir)).toEqual([]);
  });

  it('never replaces a file that appeared while it was writing, unless asked to', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.csv');
    const source = new PassThrough();
    const writing = safeWrite(target, { stream: source });
    source.write('ours');
    await untilWriting(dir);
    fs.writeFileSync(target, 'theirs');
    source.end();
    await expect(writing).rejects.toMatchObject({ code: 'CONFLICT', extra: { key: 'errors.fileExists' } });
    expect(namesIn(dir)).toEqual(['report.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('theirs');
  });

  it('treats the protected paths as workspaces even without a SQLite header', async () => {
    const dir = tempDir();
    const creating = path.join(dir, 'new.sqlite');
    for (const target of [creating, `${creating}-wal`, `${creating}.lock`]) {
      await expect(safeWrite(target, { bytes: 'x' }, { protect: [creating], replace: true })).rejects.toMatchObject({ code: 'CONFLICT', extra: { key: 'errors.writeOntoWorkspace' } });
    }
    expect(namesIn(dir)).toEqual([]);
  });
});

describe('sweepTempFiles', () => {
  it('removes what dead writers left (with SQLite files beside them), and keeps what a live process or this one is writing', async () => {
    const dir = tempDir();
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(live);
    await new Promise((resolve) => live.once('spawn', resolve));
    const dead = [`.a.csv.${2 ** 30}-00000000.icw-tmp`, `.b.sqlite.${2 ** 30}-11111111.icw-tmp`, `.b.sqlite.${2 ** 30}-11111111.icw-tmp-journal`, `.c.${process.pid}-22222222.icw-tmp`];
    const kept = [`.d.csv.${live.pid}-33333333.icw-tmp`, '.e.csv.12-zzzz.icw-tmp', 'f.csv', 'notes.icw-tmp'];
    // The first two: a live writer's, and a name the writer never makes.
    for (const name of [...dead, ...kept]) fs.writeFileSync(path.join(dir, name), 'x');
    expect(sweepTempFiles(dir).map((f) => path.basename(f)).sort()).toEqual([...dead].sort());

    // A write in progress in this process keeps its temporary file through a sweep of its folder.
    const source = new PassThrough();
    const writing = safeWrite(path.join(dir, 'g.csv'), { stream: source });
    source.write('in progress');
    await untilWriting(dir);
    expect(sweepTempFiles(dir)).toEqual([]);
    source.end();
    await writing;
    expect(namesIn(dir)).toEqual([...kept, 'g.csv'].sort());
  });
});
