import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, type CipherGCM, type DecipherGCM } from 'node:crypto';
import type { BundleEncryption } from '@model/bundles/bundle-format';

/**
 * A bundle's passphrase protection: AES-256-GCM with a key from scrypt (node:crypto). Bundles
 * travel on USB sticks and hold personal data. The header keeps a check value of the key, so a
 * wrong passphrase is told apart from a file changed after it was written (GCM's tag fails).
 * The body goes through the cipher as a stream (a bundle runs to hundreds of MB): GCM's tag is
 * known once the last byte is encrypted, and checked once the last byte is decrypted.
 */

/** scrypt cost: 2^15 × 8 × 128 B = 32 MiB and about 0.1 s per key, as OWASP suggests for scrypt. */
const COST = { n: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const TAG_BYTES = 16;
const KEY_CHECK_LABEL = 'insight-workbench-bundle-key-check';

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function deriveKey(passphrase: string, salt: Buffer, cost: { n: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { N: cost.n, r: cost.r, p: cost.p, maxmem: 256 * cost.n * cost.r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const keyCheck = (key: Buffer) => sha256Hex(Buffer.concat([Buffer.from(KEY_CHECK_LABEL), key]));

/** A cipher for a new body, and the header's encryption once the body is through (its tag is known then). */
export async function bodyCipher(passphrase: string): Promise<{ cipher: CipherGCM; encryption: (tag: Buffer) => BundleEncryption }> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, COST);
  const encryption = (tag: Buffer): BundleEncryption => ({
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: tag.toString('base64'),
    keyCheck: keyCheck(key),
  });
  return { cipher: createCipheriv('aes-256-gcm', key, iv), encryption };
}

/** A tag of the right length, in a header written before the body (the real one takes its place, byte for byte). */
export const PLACEHOLDER_TAG = Buffer.alloc(TAG_BYTES);

export type Unlocked = { ok: true; key: Buffer } | { ok: false; reason: 'wrongPassphrase' | 'tampered' };

/** The most scrypt work a file may ask for: a crafted header must not make the import spin or exhaust memory. */
const MAX_COST = 2 ** 20;

/** The body's key from the passphrase, checked against the header's key check. */
export async function unlockKey(encryption: BundleEncryption, passphrase: string): Promise<Unlocked> {
  if (encryption.n * encryption.r * encryption.p > MAX_COST * 8) return { ok: false, reason: 'tampered' };
  const key = await deriveKey(passphrase, Buffer.from(encryption.salt, 'base64'), encryption);
  return keyCheck(key) === encryption.keyCheck ? { ok: true, key } : { ok: false, reason: 'wrongPassphrase' };
}

/** A decipher for the body; its final() throws when the body was changed (GCM authentication). */
export function bodyDecipher(key: Buffer, encryption: BundleEncryption): DecipherGCM {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(encryption.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(encryption.tag, 'base64'));
  return decipher;
}
