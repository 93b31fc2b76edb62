import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/core/bundles/bundle-crypto';
import { call } from '../../support/call';
import { addMember, answered } from '../collection/collection-fixture';
import { collectMany, device, exportBundle, footprint, imported, publishedOn, startImport, type Device } from './bundle-fixture';

async function withResponses() {
  const a = await device('a');
  const { versionId } = await publishedOn(a);
  const memberId = await addMember(a, { name: 'Jane Roe' });
  for (const q1 of ['a', 'b']) {
    const responseId = await answered(a, versionId, { q1, q2: 'Some thoughts' }, { memberId });
    await call(a.dispatch, 'collect.complete', { responseId });
  }
  return a;
}

/** B with data of its own (so "nothing written" is checked against a workspace that is not empty). */
async function deviceB() {
  const b = await device('b');
  const { versionId } = await publishedOn(b);
  const responseId = await answered(b, versionId, { q1: 'a' });
  await call(b.dispatch, 'collect.complete', { responseId });
  return b;
}

const copyWith = (from: string, change: (bytes: Buffer) => Buffer) => {
  const to = path.join(path.dirname(from), `changed-${path.basename(from)}`);
  fs.writeFileSync(to, change(fs.readFileSync(from)));
  return to;
};

/** The header line and the body of a bundle file. */
const split = (bytes: Buffer) => {
  const newline = bytes.indexOf(0x0a);
  return { header: JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>, body: bytes.subarray(newline + 1) };
};

/** A copy of the bundle with its body's lines changed, the checksum made to match. */
const withBody = (from: string, change: (lines: string[]) => string[]) =>
  copyWith(from, (bytes) => {
    const { header, body } = split(bytes);
    const changed = Buffer.from(`${change(body.toString('utf8').split('\n').filter((l) => l !== '')).join('\n')}\n`);
    return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, checksum: sha256Hex(changed) })}\n`), changed]);
  });

async function expectRefused(b: Device, file: string, message: RegExp, passphrase?: string) {
  const before = await footprint(b);
  const answer = await startImport(b, file, passphrase);
  if (answer.ok) throw new Error('expected a refusal, a job started');
  expect(answer.error).toMatchObject({ code: 'VALIDATION', key: expect.stringMatching(/^errors\.bundle\./), params: { file: path.basename(file) } });
  expect(answer.error.message).toMatch(message);
  expect(answer.error.message).toContain(path.basename(file));
  expect(await b.session.jobs.list()).toEqual([]);
  expect(await footprint(b)).toEqual(before);
}

describe('bundles: refused as a whole, with nothing written', () => {
  it('a truncated file and a file with one changed byte are refused as damaged', async () => {
    const a = await withResponses();
    const b = await deviceB();
    const bundle = await exportBundle(a);
    await expectRefused(b, copyWith(bundle.path, (bytes) => bytes.subarray(0, bytes.length - 40)), /is damaged/);
    await expectRefused(
      b,
      copyWith(bundle.path, (bytes) => {
        const out = Buffer.from(bytes);
        out[out.length - 30] = out[out.length - 30]! ^ 0x01;
        return out;
      }),
      /is damaged/,
    );
    // The untouched file still imports.
    expect(await imported(b, bundle.path)).toMatchObject({ added: 2 });
  });

  it('with a passphrase: a wrong one, none, and a changed ciphertext whose checksum was made to match are each refused', async () => {
    const a = await withResponses();
    const b = await deviceB();
    const bundle = await exportBundle(a, { passphrase: 'correct horse battery staple' });
    const text = fs.readFileSync(bundle.path);
    expect(text.includes(Buffer.from('Jane Roe'))).toBe(false);
    expect(split(text).header.encryption).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt' });

    await expectRefused(b, bundle.path, /another passphrase/, 'wrong passphrase');
    await expectRefused(b, bundle.path, /protected by a passphrase/);
    const tampered = copyWith(bundle.path, (bytes) => {
      const { header, body } = split(bytes);
      const changed = Buffer.from(body);
      changed[5] = changed[5]! ^ 0xff;
      return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, checksum: sha256Hex(changed) })}\n`), changed]);
    });
    await expectRefused(b, tampered, /was changed after it was written/, 'correct horse battery staple');
    expect(await imported(b, bundle.path, 'correct horse battery staple')).toMatchObject({ added: 2 });
  });

  it('a file of another kind (a CSV, a survey definition) is refused as not a bundle', async () => {
    const b = await deviceB();
    const csv = path.join(b.dir, 'responses.csv');
    fs.writeFileSync(csv, 'id,q1\n1,a\n');
    await expectRefused(b, csv, /is not a workbench bundle/);
    const json = path.join(b.dir, 'survey.json');
    fs.writeFileSync(json, `${JSON.stringify({ kind: 'survey', format: 1 })}\n{}\n`);
    await expectRefused(b, json, /is not a workbench bundle/);
  });

  it('a response whose content does not match its hash is rejected, with its line and reason, while the rest is imported', async () => {
    const a = await withResponses();
    const b = await deviceB();
    const bundle = await exportBundle(a);
    const edited = copyWith(bundle.path, (bytes) => {
      const { header, body } = split(bytes);
      const changed = Buffer.from(body.toString('utf8').replace('"a",null,null]', '"b",null,null]'));
      return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, checksum: sha256Hex(changed) })}\n`), changed]);
    });
    const result = await imported(b, edited);
    expect(result).toMatchObject({ added: 1, rejected: 1 });
    expect(result.rejections).toEqual([{ line: expect.any(Number), responseId: expect.any(String), reason: 'hashMismatch', detail: null, message: expect.stringMatching(/^Line \d+ \(response .+\) does not match its content hash/) }]);
  });

  it('a malformed response record is rejected with its line and the field that breaks the format, while the rest is imported', async () => {
    const a = await withResponses();
    const b = await deviceB();
    const bundle = await exportBundle(a);
    const edited = withBody(bundle.path, (lines) => {
      const at = lines.findIndex((l) => l.includes('"type":"response"'));
      const record = JSON.parse(lines[at]!) as { answers: unknown[][] };
      record.answers[0]![3] = 'seven';
      lines[at] = JSON.stringify(record);
      return lines;
    });
    const result = await imported(b, edited);
    expect(result).toMatchObject({ added: 1, rejected: 1 });
    expect(result.rejections).toEqual([
      {
        line: expect.any(Number),
        responseId: expect.any(String),
        reason: 'invalidRecord',
        detail: { field: 'answers[0][3]', expected: 'numberOrNull', params: {} },
        message: expect.stringMatching(/^Line \d+ \(response .+\) is not a response record .*: answers\[0\]\[3\] should be a number or null\.$/),
      },
    ]);
  });

  it('records out of the canonical order (responses before the version they answer) still import', async () => {
    const a = await withResponses();
    const b = await device('b2');
    const bundle = await exportBundle(a);
    const reordered = withBody(bundle.path, (lines) => [...lines.filter((l) => l.includes('"type":"response"')), ...lines.filter((l) => !l.includes('"type":"response"'))]);
    expect(await imported(b, reordered)).toMatchObject({ added: 2, rejected: 0, versionsAdded: [expect.objectContaining({ version: 1 })] });
  });

  it('a cancelled import, stopped after its first chunks merged, leaves the workspace as it was', async () => {
    const a = await device('a');
    const { versionId } = await publishedOn(a);
    await collectMany(a, versionId, 6_000, 'many');
    const bundle = await exportBundle(a);
    const b = await deviceB();
    const before = await footprint(b);
    const { jobId } = await call(b.dispatch, 'bundles.import', { file: { path: bundle.path } });
    while ((await call(b.dispatch, 'jobs.get', { jobId })).progress.done === 0) await new Promise((r) => setTimeout(r, 5));
    expect(await call(b.dispatch, 'jobs.cancel', { jobId })).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(await footprint(b)).toEqual(before);
    expect(await imported(b, bundle.path)).toMatchObject({ added: 6_000 });
  });
});
