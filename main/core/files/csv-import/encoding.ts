import type { ImportEncoding } from '@api/csv-import';

/** A line that is not valid UTF-8 in a file that otherwise is, with how it reads in the legacy encodings. */
export interface StrayLine {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  readings: { encoding: ImportEncoding; text: string }[];
}

export interface EncodingGuess {
  encoding: ImportEncoding;
  bom: boolean;
  confidence: 'certain' | 'likely' | 'guess';
  /** Mostly NUL bytes without a UTF-16 pattern: not a text file. */
  binary: boolean;
  /** UTF-8 chosen although these lines (the first few of strayLineCount) are not UTF-8. */
  strayLines: StrayLine[];
  strayLineCount: number;
}

const STRAY_LINES_SHOWN = 3;
const READING_CHARS = 80;
const LEGACY = ['windows-1252', 'windows-1251', 'gb18030'] as const;

/** U+FFFD: what the decoder puts where bytes are not valid in the chosen encoding. */
export const REPLACEMENT_CHAR = '\uFFFD';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte. */
function utf16ByNuls(sample: Buffer): ImportEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

const isValidUtf8 = (sample: Buffer) => {
  try {
    // stream: true, so a character cut off at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/** How a line reads in each legacy encoding that decodes it without errors. */
function readings(line: Buffer): StrayLine['readings'] {
  return LEGACY.flatMap((encoding) => {
    const text = new TextDecoder(encoding).decode(line).replace(/\r$/, '');
    return text.includes(REPLACEMENT_CHAR) ? [] : [{ encoding, text: text.length > READING_CHARS ? `${text.slice(0, READING_CHARS)}…` : text }];
  });
}

/**
 * A file written in UTF-8 into which a few lines were pasted from elsewhere (a windows-1252
 * spreadsheet, say): more lines are valid multi-byte UTF-8 than are not. Such a file is UTF-8 and
 * the stray lines are reported (their rows rejected); reading the whole file in a legacy encoding
 * would garble every other line instead. Null when the file does not look like that.
 */
function utf8WithStrayLines(sample: Buffer): Omit<EncodingGuess, 'encoding' | 'bom' | 'confidence' | 'binary'> | null {
  const stray: number[] = [];
  const strayAt: Buffer[] = [];
  let multibyte = 0;
  let start = 0;
  for (let line = 1; start < sample.length; line++) {
    const end = sample.indexOf(0x0a, start);
    const bytes = sample.subarray(start, end === -1 ? sample.length : end);
    start = end === -1 ? sample.length : end + 1;
    if (!bytes.some((b) => b >= 0x80)) continue;
    if (isValidUtf8(bytes)) multibyte++;
    else {
      stray.push(line);
      if (strayAt.length < STRAY_LINES_SHOWN) strayAt.push(bytes);
    }
  }
  if (stray.length === 0 || multibyte <= stray.length) return null;
  return { strayLines: strayAt.map((bytes, i) => ({ line: stray[i]!, readings: readings(bytes) })), strayLineCount: stray.length };
}

/**
 * UTF-8 accented Latin letters read as GB18030 turn into one hanzi inside a Latin word ("José" →
 * "Jos茅", "Müller" → "M眉ller"): an ASCII letter followed by a valid two-byte UTF-8 sequence that
 * no further high byte follows. Real Chinese text does not look like that.
 */
function utf8InLatinWords(sample: Buffer): boolean {
  for (let i = 1; i + 2 < sample.length; i++) {
    const [lead, trail, next] = [sample[i]!, sample[i + 1]!, sample[i + 2]!];
    if (lead >= 0xc2 && lead <= 0xdf && trail >= 0x80 && trail <= 0xbf && next < 0x80 && isAsciiLetter(sample[i - 1])) return true;
  }
  return false;
}

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * How plausible the bytes are as each legacy encoding, from byte patterns rather than a dictionary:
 * Cyrillic words are runs of high bytes (letters 0xC0–0xFF) that never touch ASCII letters; Western
 * accented letters sit inside ASCII words; GB18030 text is byte pairs, mostly common hanzi
 * (lead 0xB0–0xD7) and CJK punctuation (lead 0xA1–0xA9), with few invalid pairs.
 */
function legacyScores(sample: Buffer): Record<'gb18030' | 'windows-1251' | 'windows-1252', number> {
  let cyrillic = 0;
  let western = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    const touchesAscii = isAsciiLetter(sample[i - 1]) || isAsciiLetter(sample[i + 1]);
    const letter1251 = b >= 0xc0 || b === 0xa8 || b === 0xb8;
    cyrillic += letter1251 ? (touchesAscii ? -1 : 1) : b === 0xab || b === 0xbb || b === 0x96 || b === 0x97 || b === 0xb9 ? 0.5 : -1;
    const letter1252 = b >= 0xc0 && b !== 0xd7 && b !== 0xf7;
    western += letter1252 ? (touchesAscii ? 1 : -0.5) : [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97].includes(b) ? 0.5 : -1;
  }
  let gb = 0;
  for (let i = 0; i < sample.length; i++) {
    const lead = sample[i]!;
    if (lead < 0x81 || lead === 0xff) {
      if (lead >= 0x80) gb -= 3;
      continue;
    }
    const trail = sample[i + 1];
    if (trail === undefined) break;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // a four-byte sequence: rare characters, neither for nor against
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) {
      gb -= 3;
      continue;
    }
    const common = trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa9));
    gb += common ? 2 : 0;
    i++;
  }
  return { gb18030: gb, 'windows-1251': cyrillic, 'windows-1252': western };
}

/**
 * Guesses the encoding of the start of a file: a byte-order mark or a NUL pattern (UTF-16), valid
 * UTF-8 (which plain ASCII is too), else the legacy encoding whose byte patterns fit best.
 */
export function detectEncoding(sample: Buffer): EncodingGuess {
  const plain = { binary: false, strayLines: [], strayLineCount: 0 };
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) {
    return { ...plain, encoding: 'utf-8', bom: true, confidence: 'certain', ...(isValidUtf8(sample) ? {} : utf8WithStrayLines(sample)) };
  }
  if (startsWith(sample, [0xff, 0xfe])) return { ...plain, encoding: 'utf-16le', bom: true, confidence: 'certain' };
  if (startsWith(sample, [0xfe, 0xff])) return { ...plain, encoding: 'utf-16be', bom: true, confidence: 'certain' };
  const utf16 = utf16ByNuls(sample);
  if (utf16) return { ...plain, encoding: utf16, bom: false, confidence: 'likely' };
  const head = sample.subarray(0, 65_536);
  const nuls = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (head.length > 0 && nuls > head.length * 0.1) return { ...plain, encoding: 'utf-8', bom: false, confidence: 'guess', binary: true };
  if (isValidUtf8(sample)) return { ...plain, encoding: 'utf-8', bom: false, confidence: 'certain' };
  const stray = utf8WithStrayLines(sample);
  if (stray) return { ...plain, ...stray, encoding: 'utf-8', bom: false, confidence: 'guess' };
  const scores = legacyScores(sample);
  if (utf8InLatinWords(sample)) scores.gb18030 = -Infinity;
  const ranked = (Object.keys(scores) as (keyof typeof scores)[]).sort((a, b) => scores[b] - scores[a]);
  const [best, second] = [scores[ranked[0]!], scores[ranked[1]!]];
  return { ...plain, encoding: ranked[0]!, bom: false, confidence: best > 0 && best >= 2 * Math.max(second, 1) ? 'likely' : 'guess' };
}
