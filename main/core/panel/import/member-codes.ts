import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Codes for a whole chunk of new members, in randomMemberCode's format (M- and 6 Crockford base-32
 * characters, see member-code.ts) but from one random read: one read per code costs about 7 µs,
 * seven seconds for a million members. 256 is a multiple of 32, so masking keeps characters uniform.
 * The merge draws again (freshMemberCodes) for the rare code already taken.
 */
export function newMemberCodes(count: number): string[] {
  const bytes = randomBytes(count * 6);
  const codes = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let code = 'M-';
    for (let j = i * 6; j < i * 6 + 6; j++) code += ALPHABET[bytes[j]! & 31];
    codes[i] = code;
  }
  return codes;
}
