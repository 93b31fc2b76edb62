import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_KIND, bundleHeader, headerLine, type BundleHeader } from '@model/bundles/bundle-format';
import { AppError } from '../errors';
import { readFailure } from '../files/fs-errors';
import { bodyCipher, bodyDecipher, PLACEHOLDER_TAG, unlockKey } from './bundle-crypto';

/**
 * A bundle file's bytes: the header line, then the body (model/bundles/bundle-format.ts). Both ways
 * go as streams, so memory does not grow with the bundle. Opening checks everything before a single
 * record is used: the kind marker, the format, the checksum and, with a passphrase, the key and
 * GCM's authentication (one pass over the file). Reading the records checks the checksum and the
 * authentication again at the end (the file may have changed since), before anything is merged. A
 * file that fails is refused whole.
 */

/** Far above a bundle of 100,000 responses × 25 answers (about 120 MB). */
const MAX_BUNDLE_BYTES = 1024 ** 3;
/** A header line is a few hundred bytes; a first line longer than this is not one. */
const MAX_HEADER_BYTES = 64 * 1024;
const READ_CHUNK = 1024 * 1024;
/** Body text gathered before it goes through the cipher and to the file. */
const WRITE_CHUNK = 1024 * 1024;

type Refusal = 'notBundle' | 'newerFormat' | 'corrupted' | 'tampered' | 'wrongPassphrase' | 'passphraseNeeded' | 'tooLarge';

const REFUSALS: Record<Refusal, { key: string; text: string }> = {
  notBundle: {
    key: 'errors.bundle.notBundle',
    text: 'is not a workbench bundle (its first line is not a bundle header). Choose a file exported with “Export a bundle” or downloaded from an offline pack.',
  },
  newerFormat: { key: 'errors.bundle.newerFormat', text: 'was written by a newer workbench (a bundle format this one cannot read). Update this workbench, then import it again.' },
  corrupted: {
    key: 'errors.bundle.corrupted',
    text: 'is damaged: its content does not match its checksum (cut short or changed on the way). Copy it again from the device that exported it.',
  },
  tampered: { key: 'errors.bundle.tampered', text: 'was changed after it was written: its encryption check failed. Export it again on the device it came from.' },
  wrongPassphrase: { key: 'errors.bundle.wrongPassphrase', text: 'is protected by another passphrase. Check the passphrase and try again.' },
  passphraseNeeded: { key: 'errors.bundle.passphraseNeeded', text: 'is protected by a passphrase. Enter the passphrase it was exported with.' },
  tooLarge: { key: 'errors.bundle.tooLarge', text: `is larger than a bundle can be (${MAX_BUNDLE_BYTES} bytes).` },
};

/** Refused as a whole: VALIDATION with the reason as errors.bundle.<reason>. */
export const refuseBundle = (fileName: string, reason: Refusal) =>
  new AppError('VALIDATION', `${fileName} ${REFUSALS[reason].text} Nothing was imported.`, { key: REFUSALS[reason].key, params: { file: fileName } });

/** A bundle file whose checks passed: where its body starts, and the key to decrypt it (null: not encrypted). */
export interface OpenedBundle {
  filePath: string;
  fileName: string;
  header: BundleHeader;
  bodyStart: number;
  sizeBytes: number;
  key: Buffer | null;
}

function parseHeader(first: Buffer, fileName: string): { header: BundleHeader; bodyStart: number } {
  const newline = first.indexOf(0x0a);
  if (newline < 0) throw refuseBundle(fileName, 'notBundle');
  let raw: unknown;
  try {
    raw = JSON.parse(first.subarray(0, newline).toString('utf8'));
  } catch {
    throw refuseBundle(fileName, 'notBundle');
  }
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind !== BUNDLE_KIND) throw refuseBundle(fileName, 'notBundle');
  const format = (raw as { format?: unknown }).format;
  if (typeof format === 'number' && format > BUNDLE_FORMAT) throw refuseBundle(fileName, 'newerFormat');
  const parsed = bundleHeader.safeParse(raw);
  // A header that names the kind but does not parse was damaged.
  if (!parsed.success) throw refuseBundle(fileName, 'corrupted');
  return { header: parsed.data, bodyStart: newline + 1 };
}

async function readStart(filePath: string, fileName: string): Promise<{ first: Buffer; sizeBytes: number }> {
  try {
    const handle = await fs.promises.open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_BUNDLE_BYTES) throw refuseBundle(fileName, 'tooLarge');
      const first = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
      const { bytesRead } = await handle.read(first, 0, first.length, 0);
      return { first: first.subarray(0, bytesRead), sizeBytes: size };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readFailure(err, filePath);
  }
}

/**
 * The body as stored, chunk by chunk, each given to `use` as plain bytes (decrypted with the key);
 * then the refusal the whole body earns, if any: a checksum that does not match, or GCM's failed
 * authentication.
 */
async function passBody(b: Omit<OpenedBundle, 'key'>, key: Buffer | null, use: (plain: Buffer, storedDone: number) => Promise<void> | void): Promise<Refusal | null> {
  const hash = createHash('sha256');
  let decipher: ReturnType<typeof bodyDecipher> | null = null;
  if (key !== null) {
    try {
      decipher = bodyDecipher(key, b.header.encryption!);
    } catch {
      return 'tampered';
    }
  }
  let done = b.bodyStart;
  try {
    for await (const chunk of fs.createReadStream(b.filePath, { start: b.bodyStart, highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      done += chunk.length;
      await use(decipher ? decipher.update(chunk) : chunk, done);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readFailure(err, b.filePath);
  }
  if (hash.digest('hex') !== b.header.checksum) return 'corrupted';
  if (decipher) {
    let last: Buffer;
    try {
      last = decipher.final();
    } catch {
      return 'tampered';
    }
    await use(last, done);
  }
  return null;
}

/** Opens a bundle file and checks it whole (one streaming pass); or a refusal. */
export async function openBundle(filePath: string, fileName: string, passphrase: string | null): Promise<OpenedBundle> {
  const { first, sizeBytes } = await readStart(filePath, fileName);
  const { header, bodyStart } = parseHeader(first, fileName);
  const unlocked = header.encryption === null || passphrase === null ? null : await unlockKey(header.encryption, passphrase);
  const key = unlocked?.ok ? unlocked.key : null;
  const opened = { filePath, fileName, header, bodyStart, sizeBytes };
  // The checksum first: a damaged file is told as damaged whatever the passphrase.
  const refusal = await passBody(opened, key, () => undefined);
  if (refusal) throw refuseBundle(fileName, refusal);
  if (header.encryption !== null) {
    if (unlocked === null) throw refuseBundle(fileName, 'passphraseNeeded');
    if (!unlocked.ok) throw refuseBundle(fileName, unlocked.reason);
  }
  return { ...opened, key };
}

/** A batch of body lines (the header is line 1) and how far into the file they reach. */
export interface LineBatch {
  firstLine: number;
  lines: string[];
  bytesDone: number;
}

/**
 * The body's lines of an opened bundle, a batch per chunk read, for `use`; the checks are made again
 * over the whole body, and a failure refuses the file once every line was given (so the caller,
 * which writes nothing before the end, writes nothing). Lines are cut at the newline byte, which
 * never occurs inside a multi-byte UTF-8 character, and each is decoded on its own: a line of ASCII
 * becomes a one-byte string, cheaper to parse than a slice of a chunk decoded whole.
 */
export async function readBodyLines(b: OpenedBundle, use: (batch: LineBatch) => Promise<void>): Promise<void> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 2;
  const give = async (plain: Buffer, bytesDone: number) => {
    const bytes = rest.length === 0 ? plain : Buffer.concat([rest, plain]);
    const lines: string[] = [];
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
      lines.push(bytes.toString('utf8', start, end));
      start = end + 1;
    }
    // A copy: the chunk's memory is not kept alive by the line it ends with.
    rest = Buffer.from(bytes.subarray(start));
    if (lines.length === 0) return;
    const firstLine = line;
    line += lines.length;
    await use({ firstLine, lines, bytesDone });
  };
  const refusal = await passBody(b, b.key, give);
  if (refusal) throw refuseBundle(b.fileName, refusal);
  if (rest.length > 0) await use({ firstLine: line, lines: [rest.toString('utf8')], bytesDone: b.sizeBytes });
}

/**
 * Writes a bundle file at filePath (a new file): the header line, then the body's text as `body`
 * yields it, encrypted with the passphrase. The header goes first with a checksum and a tag of the
 * right length, and takes its real values once the body is written: the same bytes as a header
 * made after the body, without holding the body. Failures go to the caller (the safe writer tells
 * the user which file could not be written).
 */
export async function writeBundleFile(filePath: string, body: AsyncIterable<string>, meta: { createdAt: string; deviceId: string; passphrase: string | null }): Promise<void> {
  const encrypting = meta.passphrase === null ? null : await bodyCipher(meta.passphrase);
  const headerOf = (checksum: string, tag: Buffer) =>
    Buffer.from(
      headerLine({ kind: BUNDLE_KIND, format: BUNDLE_FORMAT, createdAt: meta.createdAt, deviceId: meta.deviceId, checksum, encryption: encrypting?.encryption(tag) ?? null }),
      'utf8',
    );
  const placeholder = headerOf('0'.repeat(64), PLACEHOLDER_TAG);
  const hash = createHash('sha256');
  let handle: fs.promises.FileHandle | null = null;
  try {
    handle = await fs.promises.open(filePath, 'wx');
    let position = placeholder.length;
    const put = async (stored: Buffer) => {
      if (stored.length === 0) return;
      hash.update(stored);
      await handle!.write(stored, 0, stored.length, position);
      position += stored.length;
    };
    await handle.write(placeholder, 0, placeholder.length, 0);
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = async () => {
      const plain = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
      await put(encrypting ? encrypting.cipher.update(plain) : plain);
    };
    for await (const text of body) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= WRITE_CHUNK) await flush();
    }
    await flush();
    if (encrypting) await put(encrypting.cipher.final());
    const header = headerOf(hash.digest('hex'), encrypting ? encrypting.cipher.getAuthTag() : PLACEHOLDER_TAG);
    if (header.length !== placeholder.length) throw new Error('A bundle header changed its length once the body was written.');
    await handle.write(header, 0, header.length, 0);
  } finally {
    await handle?.close();
  }
}
