import { recordExpectationsEn, type RecordExpectation } from '@api/bundles';
import type { BundleResponse } from '@model/bundles/bundle-format';
import { voidCauses } from '@model/responses/response-kinds';

/**
 * A bundle's response record checked by hand: the same rules as the format's zod schema
 * (model/bundles/bundle-format.ts, bundleResponse), at a fraction of its cost on the path every
 * response of a large bundle takes. A record that breaks a rule is answered with the field and what
 * it should have been (a kind of main/api/bundles.ts, with its text in English there and its i18n
 * key `bundles.import.expected.<kind>`), for the rejection.
 */

export type RecordProblem = {
  field: string;
  expected: RecordExpectation;
  params: Record<string, string | number>;
};

export type ReadResponse = { ok: true; record: BundleResponse } | ({ ok: false } & RecordProblem);

const KEYS = ['type', 'id', 'surveyVersionId', 'status', 'voidCause', 'startedAt', 'completedAt', 'contentHash', 'replacedHashes', 'memberUid', 'deviceId', 'answers'] as const;
const VOID_CAUSES = new Set<unknown>(voidCauses);
const HASH = /^[0-9a-f]{64}$/;

/** "<field> should be <what was expected>", in English. */
export const problemText = (p: RecordProblem): string =>
  `${p.field} should be ${recordExpectationsEn[p.expected].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(p.params[name]))}`;

class Invalid {
  constructor(
    readonly field: string,
    readonly expected: RecordExpectation,
    readonly params: Record<string, string | number> = {},
  ) {}
}

const text = (value: unknown, field: string, max: number): string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) throw new Invalid(field, 'text', { max });
  return value;
};
const hash = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !HASH.test(value)) throw new Invalid(field, 'hash');
  return value;
};
const orNull = <T>(value: unknown, read: (v: unknown) => T): T | null => (value === null ? null : read(value));
const stringOrNull = (value: unknown, field: string): string | null => {
  if (value !== null && typeof value !== 'string') throw new Invalid(field, 'textOrNull');
  return value;
};

function answers(value: unknown): BundleResponse['answers'] {
  if (!Array.isArray(value)) throw new Invalid('answers', 'answerList');
  for (let i = 0; i < value.length; i++) {
    const a: unknown = value[i];
    const at = `answers[${i}]`;
    if (!Array.isArray(a) || a.length !== 5) throw new Invalid(at, 'answer');
    if (typeof a[0] !== 'string') throw new Invalid(`${at}[0]`, 'questionId');
    stringOrNull(a[1], `${at}[1]`);
    stringOrNull(a[2], `${at}[2]`);
    if (a[3] !== null && typeof a[3] !== 'number') throw new Invalid(`${at}[3]`, 'numberOrNull');
    stringOrNull(a[4], `${at}[4]`);
  }
  return value as BundleResponse['answers'];
}

function check(raw: unknown): BundleResponse {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Invalid('record', 'object');
  const r = raw as Record<string, unknown>;
  const extra = Object.keys(r).find((k) => !(KEYS as readonly string[]).includes(k));
  if (extra !== undefined) throw new Invalid(extra, 'absent');
  if (r.type !== 'response') throw new Invalid('type', 'response');
  if (r.status !== 'complete' && r.status !== 'void') throw new Invalid('status', 'status');
  if (r.voidCause !== null && !VOID_CAUSES.has(r.voidCause)) throw new Invalid('voidCause', 'voidCause', { causes: voidCauses.join(', ') });
  if (!Array.isArray(r.replacedHashes)) throw new Invalid('replacedHashes', 'hashList');
  r.replacedHashes.forEach((h, i) => hash(h, `replacedHashes[${i}]`));
  return {
    type: 'response',
    id: text(r.id, 'id', 100),
    surveyVersionId: text(r.surveyVersionId, 'surveyVersionId', 100),
    status: r.status,
    voidCause: r.voidCause as BundleResponse['voidCause'],
    startedAt: text(r.startedAt, 'startedAt', 40),
    completedAt: orNull(r.completedAt, (v) => text(v, 'completedAt', 40)),
    contentHash: hash(r.contentHash, 'contentHash'),
    replacedHashes: r.replacedHashes as string[],
    memberUid: orNull(r.memberUid, (v) => text(v, 'memberUid', 100)),
    deviceId: text(r.deviceId, 'deviceId', 100),
    answers: answers(r.answers),
  };
}

/** The response record, or the first field that breaks the format's rules. */
export function readResponseRecord(raw: unknown): ReadResponse {
  try {
    return { ok: true, record: check(raw) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, field: err.field, expected: err.expected, params: err.params };
    throw err;
  }
}
