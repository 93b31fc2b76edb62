import { randomBytes } from 'node:crypto';
import type { Tx } from '../db/writer';

/** Crockford base 32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 6;
export const MEMBER_CODE_PATTERN = /^M-[0-9A-HJKMNP-TV-Z]{6}$/;

/**
 * `count` random member codes such as M-7KQ2XD, drawn from the OS random source in one read (a read
 * per code costs about 7 µs, seven seconds for a million members), never from personal data.
 */
export function randomMemberCodes(count: number): string[] {
  const bytes = randomBytes(count * CODE_LENGTH);
  const codes = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let code = 'M-';
    // 256 is a multiple of 32, so masking a random byte keeps every character equally likely.
    for (let j = i * CODE_LENGTH; j < (i + 1) * CODE_LENGTH; j++) code += ALPHABET[bytes[j]! & 31];
    codes[i] = code;
  }
  return codes;
}

const randomMemberCode = (): string => randomMemberCodes(1)[0]!;

const CHECK_BATCH = 500;

/**
 * `count` distinct random codes that no member has yet. Call inside the writing transaction that
 * uses them, so no other writer can take one in between. Works for one member or a million.
 */
export async function freshMemberCodes(tx: Pick<Tx, 'all'>, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = new Set<string>();
    while (candidates.size < Math.min(CHECK_BATCH, count - chosen.size)) {
      const code = randomMemberCode();
      if (!chosen.has(code)) candidates.add(code);
    }
    const taken = await tx.all<{ code: string }>('SELECT code FROM member WHERE code IN (SELECT value FROM json_each(?))', [JSON.stringify([...candidates])]);
    const takenSet = new Set(taken.map((r) => r.code));
    for (const code of candidates) if (!takenSet.has(code)) chosen.add(code);
  }
  return [...chosen];
}
