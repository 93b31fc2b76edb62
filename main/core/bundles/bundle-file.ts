import fs from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_KIND, bundleHeader, headerLine, type BundleHeader } from '@model/bundles/bundle-format';
import { AppError } from '../errors';
import { readFailure } from '../files/fs-errors';
import { decryptBody, encryptBody, sha256Hex } from './bundle-crypto';

/**
 * A bundle file's bytes: the header line, then the body (model/bundles/bundle-format.ts). Reading
 * checks everything before a single record is used: the kind marker, the format, the checksum and,
 * with a passphrase, the key and GCM's authentication. A file that fails is refused whole.
 */

/** Far above a bundle of 100,000 responses × 25 answers (about 150 MB). */
const MAX_BUNDLE_BYTES = 1024 ** 3;

export async function bundleBytes(body: string, meta: { createdAt: string; deviceId: string; passphrase: string | null }): Promise<Buffer> {
  const plain = Buffer.from(body, 'utf8');
  const { stored, encryption } = meta.passphrase === null ? { stored: plain, encryption: null } : await encryptBody(plain, meta.passphrase).then((e) => ({ stored: e.ciphertext, encryption: e.encryption }));
  const header: BundleHeader = { kind: BUNDLE_KIND, format: BUNDLE_FORMAT, createdAt: meta.createdAt, deviceId: meta.deviceId, checksum: sha256Hex(stored), encryption };
  return Buffer.concat([Buffer.from(headerLine(header), 'utf8'), stored]);
}

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

function parseHeader(bytes: Buffer, fileName: string): { header: BundleHeader; bodyStart: number } {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw refuseBundle(fileName, 'notBundle');
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
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

/** The header and the plain body text of a bundle file, every check passed; or a refusal. */
export async function readBundle(filePath: string, fileName: string, passphrase: string | null): Promise<{ header: BundleHeader; body: string }> {
  let bytes: Buffer;
  try {
    if ((await fs.promises.stat(filePath)).size > MAX_BUNDLE_BYTES) throw refuseBundle(fileName, 'tooLarge');
    bytes = await fs.promises.readFile(filePath);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readFailure(err, filePath);
  }
  const { header, bodyStart } = parseHeader(bytes, fileName);
  const stored = bytes.subarray(bodyStart);
  if (sha256Hex(stored) !== header.checksum) throw refuseBundle(fileName, 'corrupted');
  if (header.encryption === null) return { header, body: stored.toString('utf8') };
  if (passphrase === null) throw refuseBundle(fileName, 'passphraseNeeded');
  const outcome = await decryptBody(stored, header.encryption, passphrase);
  if (!outcome.ok) throw refuseBundle(fileName, outcome.reason);
  return { header, body: outcome.body.toString('utf8') };
}
