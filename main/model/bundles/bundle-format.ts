import { z } from 'zod';
import { voidCauses } from '../responses/response-kinds';
import type { AnswerRow } from '../survey/answer-fields';

/**
 * A bundle: responses (and what they need) moving between devices, on a USB stick or as the
 * download of an offline pack. The file is one header line (JSON: the kind marker, the format, the
 * body's SHA-256, the encryption) then the body: one JSON record per line, versions first, then
 * members, tombstones and responses, each group sorted by id, so the same content gives the same
 * bytes. With a passphrase the body is AES-256-GCM ciphertext (the header says how the key was
 * made). Pure: the core hashes and encrypts with node:crypto, the pack with WebCrypto.
 */

export const BUNDLE_KIND = 'insight-workbench-bundle';
export const BUNDLE_FORMAT = 1;

const uuid = z.string().min(1).max(100);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const iso = z.string().min(1).max(40);
const base64 = z.string().max(200);

export const bundleEncryption = z
  .object({
    cipher: z.literal('aes-256-gcm'),
    kdf: z.literal('scrypt'),
    /** scrypt cost parameters. */
    n: z.int().positive(),
    r: z.int().positive(),
    p: z.int().positive(),
    salt: base64,
    iv: base64,
    /** GCM authentication tag of the body. */
    tag: base64,
    /** SHA-256 of the key with a fixed label: tells a wrong passphrase from a tampered file. */
    keyCheck: hash,
  })
  .strict();
export type BundleEncryption = z.infer<typeof bundleEncryption>;

export const bundleHeader = z
  .object({
    kind: z.literal(BUNDLE_KIND),
    format: z.literal(BUNDLE_FORMAT),
    createdAt: iso,
    /** The device that wrote it (workspace device id, or the pack's). */
    deviceId: z.string().min(1).max(100),
    /** SHA-256 (hex) of the body bytes as stored (the ciphertext when encrypted). */
    checksum: hash,
    encryption: bundleEncryption.nullable(),
  })
  .strict();
export type BundleHeader = z.infer<typeof bundleHeader>;

/** An answer as the canonical form lists it: [questionId, rowId, optionCode, num, text]. */
const answerTuple = z.tuple([z.string(), z.string().nullable(), z.string().nullable(), z.number().nullable(), z.string().nullable()]);

export const bundleVersion = z
  .object({
    type: z.literal('version'),
    id: uuid,
    surveyId: uuid,
    surveyTitle: z.string(),
    surveyDescription: z.string().nullable(),
    /** The frozen definition, as stored (JSON text). */
    definition: z.string(),
    publishedAt: iso,
    publishedBy: z.string().nullable(),
    overrideReason: z.string().nullable(),
    breaks: z.string(),
  })
  .strict();
export type BundleVersion = z.infer<typeof bundleVersion>;

export const bundleMember = z
  .object({
    type: z.literal('member'),
    uid: uuid,
    code: z.string(),
    createdAt: iso,
    updatedAt: iso,
    /** Stored member fields by name (uid and code apart). */
    fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .strict();
export type BundleMember = z.infer<typeof bundleMember>;

export const bundleTombstone = z.object({ type: z.literal('tombstone'), uid: uuid, erasedAt: iso }).strict();
export type BundleTombstone = z.infer<typeof bundleTombstone>;

export const bundleResponse = z
  .object({
    type: z.literal('response'),
    id: uuid,
    surveyVersionId: uuid,
    status: z.enum(['complete', 'void']),
    voidCause: z.enum(voidCauses).nullable(),
    startedAt: iso,
    completedAt: iso.nullable(),
    contentHash: hash,
    /** The hashes this response's edits replaced, oldest first. */
    replacedHashes: z.array(hash),
    memberUid: uuid.nullable(),
    deviceId: z.string().min(1).max(100),
    answers: z.array(answerTuple),
  })
  .strict();
export type BundleResponse = z.infer<typeof bundleResponse>;

export const bundleRecord = z.discriminatedUnion('type', [bundleVersion, bundleMember, bundleTombstone, bundleResponse]);
export type BundleRecord = z.infer<typeof bundleRecord>;

const RECORD_ORDER: Record<BundleRecord['type'], number> = { version: 0, member: 1, tombstone: 2, response: 3 };
const recordId = (r: BundleRecord) => (r.type === 'member' || r.type === 'tombstone' ? r.uid : r.id);

/** The canonical order of a body's records: by kind (versions before the responses that need them), then id. */
export function compareRecords(a: BundleRecord, b: BundleRecord): number {
  const byType = RECORD_ORDER[a.type] - RECORD_ORDER[b.type];
  if (byType !== 0) return byType;
  const [x, y] = [recordId(a), recordId(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The body's text: one record per line, in canonical order. */
export const bodyText = (records: readonly BundleRecord[]): string =>
  [...records]
    .sort(compareRecords)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');

export const headerLine = (header: BundleHeader): string => `${JSON.stringify(header)}\n`;

export const answerTuples = (answers: readonly AnswerRow[]): BundleResponse['answers'] => answers.map((a) => [a.questionId, a.rowId, a.optionCode, a.num, a.text]);

export const answerRowsOf = (tuples: BundleResponse['answers']): AnswerRow[] =>
  tuples.map(([questionId, rowId, optionCode, num, text]) => ({ questionId, rowId, optionCode, num, text }));
