import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportResult } from '../../main/api/member-import';
import { Session } from '../../main/core/session';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { call } from '../support/call';
import { testSession } from '../support/workspace';
import { failure, panelSession } from './panel/panel-session';

const ZEBULON = { externalId: 'EXT-QZ-998877', name: 'Zebulon Quixotewarbler', email: 'Zebulon.Quixote@warbler-mail.example', city: 'Xanadu-upon-Wye' };
const row = (p: { externalId: string; name: string; email: string; city: string }) => [p.externalId, p.name, p.email, p.city].join(',');
const OLGA = { externalId: 'EXT-OP-1', name: 'Olga Petrova', email: 'olga(at)example.org', city: 'Omsk' };

/** Zebulon again under another id, with an email that is not one: a rejected row that names him. */
const ZEBULON_MISTYPED = { ...ZEBULON, externalId: 'EXT-QZ-998878', email: 'zebulon(at)warbler-mail.example' };
/**
 * Zebulon is imported from row 1; row 2 (Olga, a bad email) and row 5 (Zebulon with a bad email) are
 * rejected, so the rejected rows hold both of them; row 3 repeats row 1, so it is skipped, and the
 * job's result names it among the skipped rows.
 */
const PANEL_CSV = [
  'id,name,email,city',
  row(ZEBULON),
  row(OLGA),
  row(ZEBULON),
  row({ externalId: 'EXT-AN-2', name: 'Ann Lee', email: 'ann@example.com', city: 'Oslo' }),
  row(ZEBULON_MISTYPED),
].join('\n');
const mapping: ColumnMapping[] = [
  { column: 'id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'city', target: 'city' },
];

const needles = [ZEBULON.name, ZEBULON.email, ZEBULON.city, ZEBULON.externalId].flatMap((s) => [s, s.toLowerCase()]);

/** Every file under dir whose raw bytes hold one of the strings (UTF-8 or UTF-16LE). */
function tracesUnder(dir: string, strings: string[]): string[] {
  const found: string[] = [];
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    for (const s of strings) {
      if (bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le'))) found.push(`${rel}: ${s}`);
    }
  }
  return found;
}

const upload = (session: Session, text: string) => session.transfers.receiveUpload(Readable.from([Buffer.from(text)]), { maxBytes: 1 << 20, fileName: 'panel.csv' });

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('uploads', () => {
  it('left by a killed host are deleted when the next session starts; those of a running host are kept', async () => {
    const t = testSession();
    const transfers = path.join(t.dir, 'transfers');
    fs.mkdirSync(transfers, { recursive: true });
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(live);
    await new Promise((resolve) => live.once('spawn', resolve));
    const orphans = [`${2 ** 30}.${randomUUID()}.upload`, `${randomUUID()}.upload`];
    const running = `${live.pid}.${randomUUID()}.upload`;
    for (const name of [...orphans, running]) fs.writeFileSync(path.join(transfers, name), row(ZEBULON));

    new Session({ ...t.session.options });
    expect(fs.readdirSync(transfers)).toEqual([running]);
  });

  it('is deleted when the import that read it has committed, and kept when it did not (to import the valid rows next)', async () => {
    const t = await panelSession();
    const kept = await upload(t.session, PANEL_CSV);
    const allOrNothing = await call(t.dispatch, 'members.import', { file: { uploadId: kept.uploadId }, mapping, onDuplicate: 'skip' });
    expect((await call(t.dispatch, 'jobs.wait', { jobId: allOrNothing.jobId, timeoutMs: 30_000 })).result).toMatchObject({ committed: false });
    expect(fs.existsSync(t.session.resolveFile({ uploadId: kept.uploadId }))).toBe(true);

    const uploadPath = t.session.resolveFile({ uploadId: kept.uploadId });
    const validRows = await call(t.dispatch, 'members.import', { file: { uploadId: kept.uploadId }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect((await call(t.dispatch, 'jobs.wait', { jobId: validRows.jobId, timeoutMs: 30_000 })).result).toMatchObject({ committed: true });
    expect(fs.existsSync(uploadPath)).toBe(false);
    expect(await failure(t.dispatch, 'members.previewImport', { file: { uploadId: kept.uploadId } })).toMatchObject({ code: 'NOT_FOUND', key: 'errors.uploadMissing' });
  });
});

describe('members.erase outside the workspace file', () => {
  it('leaves the name and email in no file under the home folder, also after a restart, and keeps what belongs to others', async () => {
    const t = await panelSession();
    const first = await upload(t.session, PANEL_CSV);
    const { jobId } = await call(t.dispatch, 'members.import', { file: { uploadId: first.uploadId }, mapping, onDuplicate: 'keepBoth', mode: 'valid-rows' });
    const job = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    expect(job.result).toMatchObject({ committed: true, inserted: 2, rejectedCount: 2 });
    expect((job.result as ImportResult).skips.map((s) => s.rows)).toEqual([[3]]);
    // Uploaded again, previewed, not imported yet.
    const pending = await upload(t.session, PANEL_CSV);
    await call(t.dispatch, 'members.previewImport', { file: { uploadId: pending.uploadId } });
    const member = (await call(t.dispatch, 'members.list', { search: 'Quixotewarbler', limit: 10 })).rows[0]!;

    // The check can see them: before erasure they are in the workspace, the rejected rows and the upload.
    expect(tracesUnder(t.dir, needles).length).toBeGreaterThan(4);
    expect(JSON.stringify(t.session.jobs.get(jobId).result)).toContain(ZEBULON_MISTYPED.email);

    await call(t.dispatch, 'members.erase', { memberId: member.id, reason: 'Erasure request 2026-01-14' });
    expect(tracesUnder(t.dir, needles)).toEqual([]);

    // Olga's rejected row is still there to fix; the job keeps its counts.
    const rejected = await call(t.dispatch, 'imports.rejectedCsv', { jobId });
    const text = fs.readFileSync(rejected.path, 'utf8');
    expect(text).toContain(OLGA.name);
    expect(text).not.toContain(ZEBULON.name);
    const result = t.session.jobs.get(jobId).result as ImportResult;
    expect(result).toMatchObject({ committed: true, inserted: 2, rejectedCount: 2 });
    expect(result.rejected.map((r) => r.value)).toEqual([OLGA.email]);
    // The skip names a row and no value, so it stays.
    expect(result.skips).toMatchObject([{ code: 'duplicateInFile', value: null, rows: [3] }]);
    expect(await failure(t.dispatch, 'members.previewImport', { file: { uploadId: pending.uploadId } })).toMatchObject({ code: 'NOT_FOUND' });

    // Restart: a new session on the same home folder.
    await t.session.closeWorkspace();
    const restarted = new Session({ ...t.session.options });
    const dispatch = createDispatch(createHandlers(restarted), () => undefined);
    expect((await call(dispatch, 'workspace.open', { path: t.file })).counts.members).toBe(1);
    expect(tracesUnder(t.dir, needles)).toEqual([]);
    await restarted.closeWorkspace();
    expect(tracesUnder(t.dir, needles)).toEqual([]);
  });

  it('waits for a running job before rewriting rejected rows it may still be writing', async () => {
    const t = await panelSession();
    const first = await upload(t.session, PANEL_CSV);
    const { jobId } = await call(t.dispatch, 'members.import', { file: { uploadId: first.uploadId }, mapping, onDuplicate: 'keepBoth', mode: 'valid-rows' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    const member = (await call(t.dispatch, 'members.list', { search: 'Quixotewarbler', limit: 10 })).rows[0]!;
    let finish = () => {};
    const running = t.session.jobs.start('test.busy', () => new Promise((resolve) => (finish = () => resolve(null))));

    await call(t.dispatch, 'members.erase', { memberId: member.id, reason: 'Erasure request' });
    const rejectsDir = path.join(t.dir, 'import-rejects');
    expect(tracesUnder(rejectsDir, [ZEBULON.name])).not.toEqual([]);
    finish();
    await call(t.dispatch, 'jobs.wait', { jobId: running.id, timeoutMs: 5000 });
    await expect.poll(() => tracesUnder(rejectsDir, needles)).toEqual([]);
    expect(fs.readdirSync(rejectsDir)).toHaveLength(1);
  });
});
